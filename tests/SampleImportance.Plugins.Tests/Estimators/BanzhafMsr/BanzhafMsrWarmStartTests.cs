using SampleImportance.Plugins.Estimators.BanzhafMsr;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.BanzhafMsr;

/// <summary>
/// banzhaf-msr with every sample warm-started from the full-data fit against cold fits, on logistic-regression scored by
/// log-likelihood (every row moves it). Same seed, same samples; each fit stops at the same gradient tolerance of a
/// strictly convex objective, so the values agree to the README's stated tolerance.
/// </summary>
public class BanzhafMsrWarmStartTests
{
    [Fact]
    public async Task Samples_warm_started_from_the_full_data_fit_give_the_cold_values()
    {
        var train = ToyData.FlipLabels(ToyData.Blobs(40, 4, 63, separation: 1.0), [2, 11, 30]);
        var validation = ToyData.Blobs(30, 4, 64, separation: 1.0);
        var parameters = Contexts.Parameters(("samples", 60), ("convergence-tolerance", 0));

        var (warm, _, _, _) = await WarmColdRuns.Compare(new BanzhafMsrEstimator(), train, validation, parameters, seed: 7);

        // One evaluation per sample, every one warm-started.
        Assert.Equal(60L, warm.Utility.Evaluations);
        Assert.Equal(60L, ((TestUtility)warm.Utility).WarmEvaluations);
    }
}
