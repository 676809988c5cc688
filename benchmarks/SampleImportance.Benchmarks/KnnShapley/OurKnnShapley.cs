using SampleImportance.Abstractions;
using SampleImportance.Benchmarks.Data;
using SampleImportance.Plugins.Estimators.KnnShapley;

namespace SampleImportance.Benchmarks.KnnShapley;

/// <summary>Runs the real <c>knn-shapley</c> plugin through <see cref="IEstimator.EstimateAsync"/>, as the host would.</summary>
internal static class OurKnnShapley
{
    private static readonly KnnShapleyEstimator Estimator = new();

    public static Task<ImportanceResult> EstimateAsync(SampleSet train, SampleSet test, IComputeBackend backend, int k)
    {
        var context = new EstimationContext
        {
            Train = train,
            Validation = test,
            Utility = ThrowingUtility.Instance,
            CreateModel = static () => throw new InvalidOperationException("knn-shapley is model-free and must not create a model."),
            Compute = backend,
            Parameters = new PluginParameters([new KeyValuePair<string, string>("k", k.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
            Seed = 0,
        };
        return Estimator.EstimateAsync(context, CancellationToken.None);
    }
}
