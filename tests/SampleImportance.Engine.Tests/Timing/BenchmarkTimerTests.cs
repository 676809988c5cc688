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

    [Fact]
    public void A_run_failing_after_warm_up_is_reported_by_its_own_exception()
    {
        // BenchmarkDotNet 0.15 throws a NullReferenceException of its own when a later in-process iteration fails (seen
        // when a 0.01 s budget ran out in a timed run); the user must see the budget, not the NRE.
        var calls = 0;
        var timer = new BenchmarkTimer();
        var error = Assert.Throws<TimingException>(() => timer.Measure("fails-late", new TimingOptions { Iterations = 2, Warmup = 1, AllowDebugBuild = true }, () =>
        {
            if (Interlocked.Increment(ref calls) >= 2)
            {
                throw new InvalidOperationException("budget ran out");
            }
        }));

        Assert.Equal("The timed run failed: InvalidOperationException: budget ran out", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void Two_iterations_give_a_finite_interval_collapsed_to_the_median()
    {
        // Perfolizer has no interval below 3 measurements (its bounds are NaN), and run.json cannot hold NaN.
        var timer = new BenchmarkTimer();
        var result = timer.Measure("two", new TimingOptions { Iterations = 2, AllowDebugBuild = true }, () => Thread.Sleep(1));

        Assert.Equal(2, result.SamplesSeconds.Count);
        Assert.Equal(result.MedianSeconds, result.CiLowerSeconds);
        Assert.Equal(result.MedianSeconds, result.CiUpperSeconds);
        Assert.True(double.IsFinite(result.MedianSeconds));
    }
}
