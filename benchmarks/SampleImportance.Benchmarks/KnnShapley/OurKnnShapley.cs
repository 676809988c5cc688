using SampleImportance.Abstractions;
using SampleImportance.Benchmarks.Data;
using SampleImportance.Plugins.Estimators.KnnShapley;

namespace SampleImportance.Benchmarks.KnnShapley;

/// <summary>Runs the real <c>knn-shapley</c> plugin through <see cref="IEstimator.EstimateAsync"/>, as the host would.</summary>
internal static class OurKnnShapley
{
    private static readonly KnnShapleyEstimator Estimator = new();

    // Describes the knn model the closed form values; knn-shapley reads nothing from it and never creates one.
    private static readonly ModelDescriptor KnnModel = new("knn", "Not created: knn-shapley is model-free.", ModelCapabilities.None, PredictionKind.ClassScores, "label-likelihood", []);

    public static Task<ImportanceResult> EstimateAsync(SampleSet train, SampleSet test, IComputeBackend backend, int k)
    {
        var context = new EstimationContext
        {
            Train = train,
            Validation = test,
            Units = UnitPartition.Rows(train.Count),
            Utility = new ThrowingUtility(train.Count),
            Model = KnnModel,
            CreateModel = static () => throw new InvalidOperationException("knn-shapley is model-free and must not create a model."),
            Compute = backend,
            Parameters = new PluginParameters([new KeyValuePair<string, string>("k", k.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
            Seed = 0,
        };
        return Estimator.EstimateAsync(context, CancellationToken.None);
    }
}
