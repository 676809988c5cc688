using SampleImportance.Abstractions;
using SampleImportance.Plugins.Shared;

namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>Options of the <c>knn-shapley</c> estimator.</summary>
internal sealed class KnnShapleyOptions
{
    /// <summary>Accepted parameters, with their defaults and ranges.</summary>
    public static IReadOnlyList<ParameterDescriptor> Parameters { get; } =
    [
        new("k", ParameterKind.Integer, "5", "Number of nearest neighbours K of the valued KNN utility (default 5).", 1, 100_000),
    ];

    /// <summary>Number of nearest neighbours K. Default 5.</summary>
    public int K { get; init; } = 5;

    /// <summary>Reads options from plugin parameters, reporting every invalid value together.</summary>
    public static KnnShapleyOptions From(PluginParameters parameters)
    {
        var reader = new ParameterReader(parameters, Parameters);
        var options = new KnnShapleyOptions { K = reader.Int32("k") };
        reader.ThrowIfInvalid();
        return options;
    }
}
