using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>Options of the <c>knn-shapley</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class KnnShapleyOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<KnnShapleyOptions> Binder { get; } = new OptionsBinder<KnnShapleyOptions>()
        .Integer("k", o => o.K, (o, v) => o.K = v, "Number of nearest neighbours K of the valued KNN utility (default 5).", minimum: 1, maximum: 100_000);

    /// <summary>Number of nearest neighbours K. Default 5.</summary>
    public int K { get; set; } = 5;
}
