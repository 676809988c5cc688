using SampleImportance.Engine.Results;
using SampleImportance.Reporting.Gates;
using SampleImportance.Suites;
using SampleImportance.Tests.Shared;
using SampleImportance.Timing;
using static SampleImportance.Reporting.Tests.Gates.GateRuns;

namespace SampleImportance.Reporting.Tests.Gates.Statistics;

/// <summary>The comparer's baseline checks on cells: timing by Mann–Whitney on iterations, quality by paired seeds.</summary>
public class StatisticalGateTests
{
    private const string Auroc = "noisy-detection.auroc";
    private const string Time = "time.median";

    private static CellResult Timed(int seed, params double[] samples) =>
        TestRuns.Cell("knn-shapley", seed, new Dictionary<string, double> { [Time] = samples.Order().ElementAt(samples.Length / 2) }) with
        {
            Timing = new TimingResult(samples.Order().ElementAt(samples.Length / 2), samples.Min(), samples.Max(), samples.Length, samples, null),
        };

    private static RunResult TimedRun(params CellResult[] cells) => TestRuns.Run(cells);

    private static GateOutcome Judge(RunResult current, RunResult baseline, GateDefinition gate) =>
        Assert.Single(RegressionComparer.Compare(current, baseline, [gate], "r", "b", DateTimeOffset.UnixEpoch).Gates);

    [Fact]
    public void Identical_timings_are_no_regression()
    {
        var run = TimedRun(Timed(1, 0.10, 0.11, 0.09, 0.105, 0.095), Timed(2, 0.10, 0.12, 0.1, 0.098, 0.101));

        Assert.Equal(GateStatus.Pass, Judge(run, run, Gate(Time, maxIncrease: 0.1, relative: true)).Status);
    }

    [Fact]
    public void A_clear_30_percent_slowdown_is_a_regression()
    {
        double[] before = [0.100, 0.104, 0.098, 0.101, 0.097];
        var baseline = TimedRun(Timed(1, before), Timed(2, before));
        var current = TimedRun(Timed(1, [.. before.Select(s => s * 1.3)]), Timed(2, [.. before.Select(s => s * 1.3)]));

        var outcome = Judge(current, baseline, Gate(Time, maxIncrease: 0.1, relative: true));

        Assert.Equal((GateStatus.Fail, "SIG003"), (outcome.Status, outcome.Code));
        Assert.True(outcome.PValue < 0.01);
    }

    [Fact]
    public void A_slowdown_under_the_noise_floor_is_not_a_regression()
    {
        double[] before = [0.0001, 0.00011, 0.000105, 0.000102, 0.000098];
        var baseline = TimedRun(Timed(1, before), Timed(2, before));
        var current = TimedRun(Timed(1, [.. before.Select(s => s * 2)]), Timed(2, [.. before.Select(s => s * 2)]));

        var outcome = Judge(current, baseline, Gate(Time, maxIncrease: 0.1, relative: true));

        Assert.Equal(GateStatus.Pass, outcome.Status);
        Assert.Contains("floor", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_higher_median_the_test_cannot_tell_from_noise_passes()
    {
        // Medians 0.115 vs 0.10 (+15%), but the samples interleave: no evidence of a slowdown.
        var baseline = TimedRun(Timed(1, 0.05, 0.10, 0.20, 0.09, 0.15));
        var current = TimedRun(Timed(1, 0.06, 0.115, 0.19, 0.08, 0.14));

        var outcome = Judge(current, baseline, Gate(Time, maxIncrease: 0.1, relative: true));

        Assert.Equal(GateStatus.Pass, outcome.Status);
        Assert.Contains("not shown slower", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_timing_samples_a_side_are_inconclusive()
    {
        var baseline = TimedRun(Timed(1, 1.0, 1.1));
        var current = TimedRun(Timed(1, 5.0, 5.1));

        var outcome = Judge(current, baseline, Gate(Time, maxIncrease: 0.1, relative: true));

        Assert.Equal((GateStatus.Inconclusive, "SIG004"), (outcome.Status, outcome.Code));
        Assert.Contains("too few", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_paired_seed_is_inconclusive_for_quality()
    {
        var current = TestRuns.Run([TestRuns.Cell("knn-shapley", 1, new Dictionary<string, double> { [Auroc] = 0.5 })]);
        var baseline = TestRuns.Run([TestRuns.Cell("knn-shapley", 1, new Dictionary<string, double> { [Auroc] = 0.9 })]);

        var outcome = Judge(current, baseline, Gate(Auroc, maxDrop: 0.05));

        Assert.Equal((GateStatus.Inconclusive, "SIG004"), (outcome.Status, outcome.Code));
        Assert.Contains("needs at least 2", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quality_interval_past_the_limit_fails_within_passes_and_across_is_inconclusive()
    {
        static RunResult Seeds(params double[] values) =>
            TestRuns.Run([.. values.Select((v, i) => TestRuns.Cell("knn-shapley", i + 1, new Dictionary<string, double> { [Auroc] = v }))]);
        var baseline = Seeds(0.90, 0.90, 0.90, 0.90);

        var clear = Judge(Seeds(0.80, 0.81, 0.79, 0.80), baseline, Gate(Auroc, maxDrop: 0.05));
        var within = Judge(Seeds(0.89, 0.90, 0.88, 0.895), baseline, Gate(Auroc, maxDrop: 0.05));
        var across = Judge(Seeds(0.80, 0.95, 0.84, 0.90), baseline, Gate(Auroc, maxDrop: 0.05));

        Assert.Equal((GateStatus.Fail, "SIG002"), (clear.Status, clear.Code));
        Assert.True(clear.IntervalLower > 0.05);
        Assert.Equal(GateStatus.Pass, within.Status);
        Assert.True(within.IntervalUpper <= 0.05);
        Assert.Equal(GateStatus.Inconclusive, across.Status);
        Assert.Contains("straddles", across.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_whose_setup_changed_are_incomparable_and_reported_as_changed()
    {
        static CellResult Cell(int seed, double auroc, string k) =>
            TestRuns.Cell("knn-shapley", seed, new Dictionary<string, double> { [Auroc] = auroc }) with
            {
                Setup = new CellSetup("row", "accuracy", new Dictionary<string, string> { ["k"] = k }, new Dictionary<string, string>(), 1, false),
            };
        var baseline = TestRuns.Run([Cell(1, 0.9, "5"), Cell(2, 0.9, "5"), TestRuns.Cell("loo", 1, new Dictionary<string, double> { [Auroc] = 0.6 })]);
        var current = TestRuns.Run([Cell(1, 0.5, "7"), Cell(2, 0.5, "5"), TestRuns.Cell("knn-shapley", 3, new Dictionary<string, double> { [Auroc] = 0.5 })]);

        var report = RegressionComparer.Compare(current, baseline, [Gate(Auroc, estimator: "knn-shapley", maxDrop: 0.05)], "r", "b", DateTimeOffset.UnixEpoch);

        var outcome = Assert.Single(report.Gates);
        Assert.Equal((GateStatus.Inconclusive, GateCodes.Incomparable), (outcome.Status, outcome.Code));
        Assert.Contains("estimator parameter k: 5 → 7", outcome.Message, StringComparison.Ordinal);
        var change = Assert.Single(report.Cells!.Changed);
        Assert.Equal("clicks/fake-clicks(0.1)/knn/knn-shapley/1", change.Cell);
        Assert.Equal(["clicks/fake-clicks(0.1)/knn/knn-shapley/3"], report.Cells.New);
        Assert.Equal(["clicks/fake-clicks(0.1)/knn/loo/1"], report.Cells.Missing);
        Assert.Equal(1, report.Cells.Matched);
        Assert.Contains("- changed: `clicks/fake-clicks(0.1)/knn/knn-shapley/1`", RegressionMarkdown.Render(report), StringComparison.Ordinal);
    }
}
