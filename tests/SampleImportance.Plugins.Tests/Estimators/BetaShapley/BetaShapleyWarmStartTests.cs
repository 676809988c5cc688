using SampleImportance.Plugins.Estimators.BetaShapley;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.BetaShapley;

/// <summary>
/// beta-shapley with warm starts (a permutation's prefix from the previous prefix's fit, a sweep's S ∪ {i} from S's)
/// against cold fits, on logistic-regression scored by log-likelihood. Same seed, same draws; every fit stops at the
/// same gradient tolerance, so the values agree to the README's stated tolerance.
/// </summary>
public class BetaShapleyWarmStartTests
{
    [Theory]
    [InlineData("permutation", 6, 6 * (39 - 1))] // every prefix but the first and the last (U(N) is known)
    [InlineData("stratified", 2, 2 * 40)] // every player's S ∪ {i} in each sweep
    public async Task Warm_started_fits_give_the_cold_values(string sampler, int samples, long warmEvaluations)
    {
        var train = ToyData.FlipLabels(ToyData.Blobs(40, 4, 65, separation: 1.0), [5, 19, 33]);
        var validation = ToyData.Blobs(30, 4, 66, separation: 1.0);
        var parameters = Contexts.Parameters(("sampler", sampler), ("samples", samples), ("convergence-tolerance", 0), ("alpha", 4), ("beta", 1));

        var (warm, _, _, _) = await WarmColdRuns.Compare(new BetaShapleyEstimator(), train, validation, parameters, seed: 3);

        Assert.Equal(warmEvaluations, ((TestUtility)warm.Utility).WarmEvaluations);
    }
}
