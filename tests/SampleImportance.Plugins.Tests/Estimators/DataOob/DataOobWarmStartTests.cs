using SampleImportance.Plugins.Estimators.DataOob;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.DataOob;

/// <summary>
/// data-oob with every bag's fit warm-started from the full-data fit against cold fits, on logistic-regression. The
/// smooth out-of-bag score (the label's probability) shows any difference in the fits; every fit stops at the same
/// gradient tolerance, so the values agree to the README's stated tolerance. The top-class score uses the same fits.
/// </summary>
public class DataOobWarmStartTests
{
    [Theory]
    [InlineData("probability")]
    [InlineData("correct")]
    public async Task Bags_warm_started_from_the_full_data_fit_give_the_cold_values(string score)
    {
        var train = ToyData.FlipLabels(ToyData.Blobs(60, 4, 67, separation: 1.5), [4, 21, 50]);
        var parameters = Contexts.Parameters(("bags", 30), ("score", score));

        var (_, warm, _, cold) = await WarmColdRuns.Compare(new DataOobEstimator(), train, train, parameters, seed: 9);

        Assert.Contains(warm.Notes, n => n.Contains("warm-started from the full-data fit", StringComparison.Ordinal));
        Assert.DoesNotContain(cold.Notes, n => n.Contains("warm-started", StringComparison.Ordinal));
    }
}
