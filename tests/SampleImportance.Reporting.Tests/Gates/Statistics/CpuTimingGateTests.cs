using SampleImportance.Engine.Results;
using SampleImportance.Reporting.Gates;
using SampleImportance.Suites;
using SampleImportance.Tests.Shared;
using SampleImportance.Timing;
using static SampleImportance.Reporting.Tests.Gates.GateRuns;

namespace SampleImportance.Reporting.Tests.Gates.Statistics;

/// <summary>A max-increase on time.cpu-median is judged on the CPU samples; time.median stays on wall clock.</summary>
public sealed class CpuTimingGateTests
{
    private const string Cpu = "time.cpu-median";
    private const string Wall = "time.median";
    private static readonly double[] Before = [0.100, 0.104, 0.098, 0.101, 0.097];

    private static double Median(double[] samples) => samples.Order().ElementAt(samples.Length / 2);

    // The metric is recorded whenever cpu is given or cpuMetric says so: the gate must not lean on it but on the samples.
    private static CellResult Timed(int seed, double[] wall, double[]? cpu, bool cpuMetric) =>
        TestRuns.Cell("knn-shapley", seed, cpuMetric
            ? new Dictionary<string, double> { [Wall] = Median(wall), [Cpu] = Median(cpu ?? wall) }
            : new Dictionary<string, double> { [Wall] = Median(wall) }) with
        {
            Timing = new TimingResult(Median(wall), wall.Min(), wall.Max(), wall.Length, wall, null) { CpuSamplesSeconds = cpu },
        };

    private static RunResult Run(double[] wall, double[]? cpu, bool cpuMetric = true) =>
        TestRuns.Run([Timed(1, wall, cpu, cpuMetric), Timed(2, wall, cpu, cpuMetric)]);

    private static double[] Times(double[] samples, double factor) => [.. samples.Select(s => s * factor)];

    private static GateOutcome Judge(RunResult current, RunResult baseline, string metric) =>
        Assert.Single(RegressionComparer.Compare(current, baseline, [Gate(metric, maxIncrease: 0.1, relative: true)], "r", "b", DateTimeOffset.UnixEpoch).Gates);

    [Fact]
    public void More_cpu_time_fails_the_cpu_gate_while_the_wall_gate_sees_a_loaded_machine_not_the_code()
    {
        // The machine got busier for the baseline (wall 2× slower), while the estimator now does 30% more work.
        var baseline = Run(Times(Before, 2), Before);
        var current = Run(Before, Times(Before, 1.3));

        var cpu = Judge(current, baseline, Cpu);
        var wall = Judge(current, baseline, Wall);

        Assert.Equal((GateStatus.Fail, "SIG003"), (cpu.Status, cpu.Code));
        Assert.True(cpu.PValue < 0.01);
        Assert.Equal(10, cpu.CurrentSamples);
        Assert.Equal(Median(Times(Before, 1.3)), cpu.Current!.Value, 12);
        Assert.Equal(GateStatus.Pass, wall.Status);
    }

    [Fact]
    public void Unchanged_cpu_time_passes_the_cpu_gate_even_when_wall_clock_doubled()
    {
        var baseline = Run(Before, Before);
        var current = Run(Times(Before, 2), Before);

        Assert.Equal(GateStatus.Pass, Judge(current, baseline, Cpu).Status);
        Assert.Equal(GateStatus.Fail, Judge(current, baseline, Wall).Status);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Missing_cpu_samples_on_either_side_are_inconclusive(bool currentHasCpu, bool baselineHasCpu)
    {
        var baseline = Run(Before, baselineHasCpu ? Before : null);
        var current = Run(Times(Before, 1.5), currentHasCpu ? Times(Before, 1.5) : null);

        var outcome = Judge(current, baseline, Cpu);

        Assert.Equal((GateStatus.Inconclusive, "SIG004"), (outcome.Status, outcome.Code));
        Assert.Contains("CPU time samples", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(GateStatus.Fail, Judge(current, baseline, Wall).Status);
    }

    [Fact]
    public void A_baseline_from_before_cpu_time_was_recorded_is_inconclusive()
    {
        // An older run.json: no timing.cpuSamplesSeconds and no time.cpu-median metric. The gate fails closed.
        var baseline = Run(Before, null, cpuMetric: false);
        var current = Run(Before, Before);

        var outcome = Judge(current, baseline, Cpu);

        Assert.Equal((GateStatus.Inconclusive, "SIG004"), (outcome.Status, outcome.Code));
    }
}
