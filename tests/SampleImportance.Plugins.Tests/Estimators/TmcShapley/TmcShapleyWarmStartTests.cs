using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.TmcShapley;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.TmcShapley;

/// <summary>
/// TMC-Shapley with warm-started prefixes against cold fits, on logistic-regression scored by log-likelihood (the metric
/// moves with every row, so a difference in the fits would show). Same seed, same permutations; every fit stops at the
/// same gradient tolerance of a strictly convex objective, so the values agree to the README's stated tolerance, 1e-6.
/// </summary>
public class TmcShapleyWarmStartTests
{
    private const double Tolerance = WarmColdRuns.Tolerance;

    private static readonly TmcShapleyEstimator Estimator = new();

    [Fact]
    public async Task Warm_started_prefixes_give_the_cold_values()
    {
        var train = ToyData.FlipLabels(ToyData.Blobs(40, 4, 61, separation: 1.0), [3, 17, 29]);
        var validation = ToyData.Blobs(30, 4, 62, separation: 1.0);
        var parameters = Contexts.Parameters(("permutations", 12), ("convergence-tolerance", 0));
        var factory = new LogisticRegressionModelFactory();
        var warmContext = Contexts.Create(Estimator, train, validation, factory, parameters, seed: 5);
        var coldContext = Contexts.Create(Estimator, train, validation, new WithoutWarmStart(factory), parameters, seed: 5);

        var warm = await Estimator.EstimateAsync(warmContext, CancellationToken.None);
        var cold = await Estimator.EstimateAsync(coldContext, CancellationToken.None);

        // Every prefix but the first (no start to warm from) and the last (U(N), known) is warm-started.
        var perPermutation = train.Count - 1;
        Assert.Equal(12L * (perPermutation - 1), ((TestUtility)warmContext.Utility).WarmEvaluations);
        Assert.Equal(0L, ((TestUtility)coldContext.Utility).WarmEvaluations);
        Assert.Equal(coldContext.Utility.Evaluations, warmContext.Utility.Evaluations);
        Assert.Equal(cold.Values, warm.Values, (a, b) => Math.Abs(a - b) <= Tolerance);
        Assert.True(cold.Values.Max(Math.Abs) > 100 * Tolerance, "the values are too small for the comparison to mean anything");
    }
}
