using SampleImportance.Abstractions;
using SampleImportance.Plugins.Shared;

namespace SampleImportance.Plugins.Models.Knn;

/// <summary>Options of the <c>knn</c> model.</summary>
internal sealed class KnnOptions
{
    /// <summary>Id of the default metric: the K-nearest-neighbour likelihood utility of Jia et al. (2019).</summary>
    public const string LikelihoodMetric = "knn-likelihood";

    /// <summary>Id of the majority-vote accuracy metric.</summary>
    public const string AccuracyMetric = "accuracy";

    /// <summary>Metric ids, default first.</summary>
    public static IReadOnlyList<string> Metrics { get; } = [LikelihoodMetric, AccuracyMetric];

    /// <summary>Accepted parameters, with their defaults and ranges.</summary>
    public static IReadOnlyList<ParameterDescriptor> Parameters { get; } =
    [
        new("k", ParameterKind.Integer, "5", "Number of nearest neighbours K (default 5).", 1, 100_000),
    ];

    /// <summary>Number of nearest neighbours K. Default 5.</summary>
    public int K { get; init; } = 5;

    /// <summary>Reads options from plugin parameters, reporting every invalid value together.</summary>
    public static KnnOptions From(PluginParameters parameters)
    {
        var reader = new ParameterReader(parameters, Parameters);
        var options = new KnnOptions { K = reader.Int32("k") };
        reader.ThrowIfInvalid();
        return options;
    }
}
