using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Logistic;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>
/// Runs an estimator twice on logistic-regression with the same seed and parameters: once as is (warm starts on, the
/// model declares them) and once through <see cref="WithoutWarmStart"/> (the cold reference), and checks the values
/// agree within the README's stated tolerance for warm-started retraining.
/// </summary>
internal static class WarmColdRuns
{
    /// <summary>The tolerance the README states for warm-started retraining against cold fits (max absolute difference).</summary>
    public const double Tolerance = 1e-6;

    /// <summary>Both runs' contexts and results, after checking the values agree within <see cref="Tolerance"/>.</summary>
    public static async Task<(EstimationContext Warm, ImportanceResult WarmResult, EstimationContext Cold, ImportanceResult ColdResult)> Compare(
        IEstimator estimator, SampleSet train, SampleSet validation, PluginParameters parameters, int seed)
    {
        var factory = new LogisticRegressionModelFactory();
        var warm = Contexts.Create(estimator, train, validation, factory, parameters, seed: seed);
        var cold = Contexts.Create(estimator, train, validation, new WithoutWarmStart(factory), parameters, seed: seed);

        var warmResult = await estimator.EstimateAsync(warm, CancellationToken.None);
        var coldResult = await estimator.EstimateAsync(cold, CancellationToken.None);

        Assert.Equal(coldResult.Values, warmResult.Values, (a, b) => Math.Abs(a - b) <= Tolerance);
        Assert.True(coldResult.Values.Max(Math.Abs) > 100 * Tolerance, "the values are too small for the comparison to mean anything");
        Assert.Equal(cold.Utility.Evaluations, warm.Utility.Evaluations);
        Assert.Equal(0L, ((TestUtility)cold.Utility).WarmEvaluations);
        return (warm, warmResult, cold, coldResult);
    }
}
