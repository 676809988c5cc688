using SampleImportance.Timing;

namespace SampleImportance.Engine.Tests.Timing;

/// <summary>The interleaved reference: one run beside every invocation, outside the measured region, A B B A order.</summary>
public sealed class BenchmarkTimerReferenceTests
{
    [Fact]
    public void Each_measured_iteration_gets_the_reference_run_beside_it_in_alternating_order()
    {
        // Fake CPU clock: the k-th target invocation uses k seconds, the k-th reference run 100 + k seconds, so every
        // sample names the call it came from.
        var clock = TimeSpan.Zero;
        var events = new List<string>();
        var targets = 0;
        var references = 0;
        var timer = new BenchmarkTimer(() => clock);

        var result = timer.Measure(
            "interleaved",
            new TimingOptions { Iterations = 4, Warmup = 2, AllowDebugBuild = true },
            () =>
            {
                targets++;
                events.Add("T" + targets);
                clock += TimeSpan.FromSeconds(targets);
            },
            () =>
            {
                references++;
                events.Add("R" + references);
                clock += TimeSpan.FromSeconds(100 + references);
            },
            "base/plugins");

        // Invocations 0..6 (2 warm-ups, 4 measured, the memory diagnoser's extra one): the reference runs before even
        // invocations and after odd ones, so the order is R T T R R T T R ...
        Assert.Equal([3.0, 4.0, 5.0, 6.0], result.CpuSamplesSeconds);
        var reference = Assert.IsType<ReferenceTiming>(result.Reference);
        Assert.Equal("base/plugins", reference.Source);
        Assert.Equal([103.0, 104.0, 105.0, 106.0], reference.CpuSamplesSeconds);
        Assert.Equal(4, reference.SamplesSeconds.Count);
        Assert.All(reference.SamplesSeconds, s => Assert.True(s >= 0));
        Assert.Equal(["R1", "T1", "T2", "R2", "R3", "T3", "T4", "R4", "R5", "T5", "T6", "R6"], events.Take(12));
    }

    [Fact]
    public void Without_a_reference_nothing_extra_runs_and_none_is_recorded()
    {
        var calls = 0;
        var result = new BenchmarkTimer().Measure("plain", new TimingOptions { Iterations = 3, AllowDebugBuild = true }, () => calls++);

        Assert.Null(result.Reference);
        Assert.Equal(3, result.CpuSamplesSeconds!.Count);
    }

    [Fact]
    public void A_failing_reference_fails_the_timing_with_its_own_message()
    {
        var timer = new BenchmarkTimer();

        var ex = Assert.Throws<TimingException>(() => timer.Measure(
            "broken-reference",
            new TimingOptions { Iterations = 3, AllowDebugBuild = true },
            () => { },
            () => throw new InvalidOperationException("reference exploded")));

        Assert.Contains("interleaved reference failed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("reference exploded", ex.Message, StringComparison.Ordinal);
    }
}
