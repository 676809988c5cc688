using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Knn;

/// <summary>Options of the <c>knn</c> model; the property initialisers are the defaults.</summary>
internal sealed class KnnOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<KnnOptions> Binder { get; } = new OptionsBinder<KnnOptions>()
        .Integer("k", o => o.K, (o, v) => o.K = v, "Number of nearest neighbours K (default 5).", minimum: 1, maximum: 100_000);

    /// <summary>Number of nearest neighbours K. Default 5.</summary>
    public int K { get; set; } = 5;
}
