using SampleImportance.Timing;

namespace SampleImportance.Engine.Tests.Timing;

public sealed class BenchmarkTimerTests
{
    [Fact]
    public void BenchmarkDotNet_measures_each_iteration_in_process()
    {
        var calls = 0;
        var timer = new BenchmarkTimer();
        var result = timer.Measure("sleep-20ms", new TimingOptions { Iterations = 3, Warmup = 1, AllowDebugBuild = true }, () =>
        {
            Interlocked.Increment(ref calls);
            Thread.Sleep(20);
        });

        Assert.Equal(3, result.Iterations);
        Assert.Equal(3, result.SamplesSeconds.Count);
        Assert.InRange(result.MedianSeconds, 0.015, 2.0);
        Assert.True(result.CiLowerSeconds <= result.MedianSeconds || result.CiUpperSeconds >= result.MedianSeconds);
        Assert.True(calls >= 4, $"expected warm-up + 3 measured calls, saw {calls}");
    }

    [Fact]
    public void A_failing_action_gives_a_timing_error_not_a_number()
    {
        var timer = new BenchmarkTimer();
        Assert.Throws<TimingException>(() => timer.Measure("throws", new TimingOptions { Iterations = 1, AllowDebugBuild = true }, () => throw new InvalidOperationException("no")));
    }
}
