using System.Diagnostics;
using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.LeaveOneOut;
using SampleImportance.Plugins.Models.LinearRanker;
using SampleImportance.Plugins.Tests.Support;
using Xunit.Abstractions;

namespace SampleImportance.Plugins.Tests.Estimators.LeaveOneOut;

/// <summary>
/// Leave-one-out refits warm-started from the full-data fit against cold refits, on linear-ranker with ndcg@10. The
/// ranker's fit is the unique optimum of a strictly convex objective, met to a gradient tolerance of 1e-9 × pair weight,
/// so warm and cold refits differ by far less than it takes to reorder a validation list: values agree to 1e-9.
/// </summary>
public class LeaveOneOutWarmStartTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-9;
    private static readonly LeaveOneOutEstimator Estimator = new();

    [Fact]
    public async Task Warm_started_refits_give_the_cold_values_on_synthetic_groups()
    {
        var train = RankingData.Linear(8, 8, 4, 81, noise: 1.5);
        var validation = RankingData.Linear(10, 8, 4, 82, noise: 1.5);

        var (warm, cold) = await WarmAndCold(train, validation);

        Assert.Equal(cold, warm, (a, b) => Math.Abs(a - b) <= Tolerance);
        Assert.Contains(cold, v => v != 0);
    }

    /// <summary>
    /// LETOR MQ2008 (graded labels, 46 features, qid groups): the first 12 queries of vali.txt valued against the first
    /// 30 of test.txt. With SAMPLEIMPORTANCE_LETOR_FULL=1 it takes the whole of both files and writes both times to the
    /// test output (a measurement, never asserted).
    /// </summary>
    [Fact]
    public async Task Warm_started_refits_give_the_cold_values_on_letor()
    {
        var full = Environment.GetEnvironmentVariable("SAMPLEIMPORTANCE_LETOR_FULL") == "1";
        var train = LetorFile.Read(LetorFile.SharedDataset("letor-mq2008/vali.txt"), 46, full ? null : 12);
        var validation = LetorFile.Read(LetorFile.SharedDataset("letor-mq2008/test.txt"), 46, full ? null : 30);

        var (warm, cold) = await WarmAndCold(train, validation);

        Assert.Equal(cold, warm, (a, b) => Math.Abs(a - b) <= Tolerance);
        Assert.Contains(cold, v => v != 0);
    }

    private async Task<(double[] Warm, double[] Cold)> WarmAndCold(SampleSet train, SampleSet validation)
    {
        var factory = new LinearRankerModelFactory();
        var warmContext = Contexts.Create(Estimator, train, validation, factory);
        var coldContext = Contexts.Create(Estimator, train, validation, new WithoutWarmStart(factory));

        var clock = Stopwatch.StartNew();
        var cold = await Estimator.EstimateAsync(coldContext, CancellationToken.None);
        var coldTime = clock.Elapsed;
        clock.Restart();
        var warm = await Estimator.EstimateAsync(warmContext, CancellationToken.None);
        var warmTime = clock.Elapsed;
        output.WriteLine($"{train.Count} rows: leave-one-out cold {coldTime.TotalSeconds:F2} s, warm {warmTime.TotalSeconds:F2} s");

        Assert.Equal((train.Count + 1L, (long)train.Count), (warmContext.Utility.Evaluations, ((TestUtility)warmContext.Utility).WarmEvaluations));
        Assert.Equal((train.Count + 1L, 0L), (coldContext.Utility.Evaluations, ((TestUtility)coldContext.Utility).WarmEvaluations));
        Assert.Contains("warm-started", Assert.Single(warm.Notes), StringComparison.Ordinal);
        return ([.. warm.Values], [.. cold.Values]);
    }
}
