using SampleImportance.Engine.Results;
using SampleImportance.Reporting.Gates;
using SampleImportance.Tests.Shared;
using SampleImportance.Timing;
using static SampleImportance.Reporting.Tests.Gates.GateRuns;

namespace SampleImportance.Reporting.Tests.Gates.Statistics;

/// <summary>
/// Timing gates judge the interleaved reference when every timed cell has one: per-iteration pairs, so a machine that got
/// slower for both sides is not a regression, and a build doing 30% more work is, whatever the stored baseline says.
/// </summary>
public sealed class InterleavedTimingGateTests
{
    private const string Cpu = "time.cpu-median";
    private const string Wall = "time.median";

    // A machine whose speed drifts: iteration i ran at factor Drift[i] (1× quiet, 2× contended, mostly contended).
    private static readonly double[] Drift = [1, 2, 2, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1];
    private static readonly double[] Quiet = [.. Drift.Select(_ => 1.0)];

    private static double[] Samples(double work, double[] drift, double jitter = 0.01) =>
        [.. drift.Select((f, i) => work * f * (1 + (jitter * (((i * 7) % 5) - 2))))];

    private static double Median(double[] s) => s.Order().ElementAt(s.Length / 2);

    private static CellResult Timed(int seed, double[] current, double[]? reference) =>
        TestRuns.Cell("knn-shapley", seed, new Dictionary<string, double> { [Wall] = Median(current), [Cpu] = Median(current) }) with
        {
            Timing = new TimingResult(Median(current), current.Min(), current.Max(), current.Length, current, null)
            {
                CpuSamplesSeconds = current,
                Reference = reference is null ? null : new ReferenceTiming("base/plugins", reference, reference),
            },
        };

    private static RunResult Run(Func<int, (double[] Current, double[]? Reference)> cells) =>
        TestRuns.Run([Timed(1, cells(1).Current, cells(1).Reference), Timed(2, cells(2).Current, cells(2).Reference)]);

    private static GateOutcome Judge(RunResult current, RunResult baseline, string metric) =>
        Assert.Single(RegressionComparer.Compare(current, baseline, [Gate(metric, maxIncrease: 0.1, relative: true)], "r", "b", DateTimeOffset.UnixEpoch).Gates);

    // The stored baseline was timed on a quiet machine.
    private static readonly RunResult QuietBaseline = Run(_ => (Samples(0.020, Quiet), null));

    [Theory]
    [InlineData(Cpu)]
    [InlineData(Wall)]
    public void Unchanged_code_on_a_drifting_machine_passes_against_the_reference_where_the_stored_baseline_cries_wolf(string metric)
    {
        var withReference = Run(_ => (Samples(0.020, Drift), Samples(0.020, Drift, jitter: 0.012)));
        var withoutReference = Run(_ => (Samples(0.020, Drift), null));

        var judged = Judge(withReference, QuietBaseline, metric);

        Assert.Equal(GateStatus.Pass, judged.Status);
        Assert.Contains("interleaved reference base/plugins", judged.Message, StringComparison.Ordinal);
        Assert.Equal(30, judged.CurrentSamples);
        Assert.Equal(30, judged.BaselineSamples);
        Assert.Equal(GateStatus.Fail, Judge(withoutReference, QuietBaseline, metric).Status);
    }

    [Theory]
    [InlineData(Cpu)]
    [InlineData(Wall)]
    public void Thirty_percent_more_work_fails_against_the_reference_even_when_the_stored_baseline_was_slower(string metric)
    {
        // The stored baseline was taken while the machine was even busier: 2.6× every iteration, so against it the
        // slower build looks unchanged.
        var slowBaseline = Run(_ => (Samples(0.020, [.. Drift.Select(_ => 2.6)]), null));
        var current = Run(_ => (Samples(0.026, Drift), Samples(0.020, Drift)));

        var judged = Judge(current, slowBaseline, metric);

        Assert.Equal((GateStatus.Fail, "SIG003"), (judged.Status, judged.Code));
        Assert.Contains("Wilcoxon signed-rank", judged.Message, StringComparison.Ordinal);
        Assert.Contains("median per-iteration ratio 1.3", judged.Message, StringComparison.Ordinal);
        Assert.True(judged.PValue < 1e-6);
        Assert.Equal(GateStatus.Pass, Judge(Run(_ => (Samples(0.026, Drift), null)), slowBaseline, metric).Status);
    }

    [Fact]
    public void A_slowdown_under_the_threshold_passes_and_one_under_the_floor_passes()
    {
        var fivePercent = Run(_ => (Samples(0.021, Drift), Samples(0.020, Drift)));
        Assert.Equal(GateStatus.Pass, Judge(fivePercent, QuietBaseline, Cpu).Status);

        // +50% of 0.6 ms is under the 1 ms floor.
        var tiny = Run(_ => (Samples(0.0009, Drift), Samples(0.0006, Drift)));
        var judged = Judge(tiny, QuietBaseline, Cpu);
        Assert.Equal(GateStatus.Pass, judged.Status);
        Assert.Contains("floor", judged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_pairs_are_inconclusive()
    {
        // 2 cells × 3 iterations = 6 pairs: the smallest signed-rank p-value is 1/64 > 0.01.
        var current = TestRuns.Run([Timed(1, [0.03, 0.03, 0.03], [0.02, 0.02, 0.02]), Timed(2, [0.03, 0.03, 0.03], [0.02, 0.02, 0.02])]);

        var judged = Judge(current, QuietBaseline, Cpu);

        Assert.Equal((GateStatus.Inconclusive, "SIG004"), (judged.Status, judged.Code));
        Assert.Contains("at least 7 pairs", judged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_where_only_some_cells_have_a_reference_is_judged_on_the_stored_baseline()
    {
        var mixed = TestRuns.Run([Timed(1, Samples(0.020, Drift), Samples(0.020, Drift)), Timed(2, Samples(0.020, Drift), null)]);

        var judged = Judge(mixed, QuietBaseline, Cpu);

        Assert.DoesNotContain("interleaved", judged.Message, StringComparison.Ordinal);
        Assert.Contains("Mann–Whitney", judged.Message, StringComparison.Ordinal);
    }
}
