using SampleImportance.Timing;

namespace SampleImportance.Engine.Tests.Timing;

/// <summary>Which invocations' CPU time a measurement keeps: exactly the measured iterations', in their order.</summary>
public sealed class BenchmarkTimerCpuTests
{
    [Fact]
    public void Cpu_samples_are_the_measured_iterations_not_warm_up_or_the_extra_statistics_run()
    {
        // A fake CPU clock: the k-th invocation (1-based) "uses" k seconds, so each sample names the invocation it came from.
        var calls = 0;
        var clock = TimeSpan.Zero;
        var timer = new BenchmarkTimer(() => clock);
        var result = timer.Measure("cpu-indices", new TimingOptions { Iterations = 4, Warmup = 2, AllowDebugBuild = true }, () =>
        {
            var call = Interlocked.Increment(ref calls);
            clock += TimeSpan.FromSeconds(call);
        });

        // BenchmarkDotNet 0.15.8 (monitoring, one invocation per iteration) invokes: 2 warm-ups, 4 measured, then once
        // more for the memory diagnoser's statistics. Only the 4 measured invocations (3rd to 6th) are samples.
        Assert.Equal(7, calls);
        Assert.Equal([3.0, 4.0, 5.0, 6.0], result.CpuSamplesSeconds);
        Assert.Equal(result.SamplesSeconds.Count, result.CpuSamplesSeconds!.Count);
        Assert.Equal(4.5, result.CpuMedianSeconds);
    }

    [Fact]
    public void Real_process_cpu_time_covers_the_work_of_each_measured_run()
    {
        // The target spins until the process has used 30 ms of CPU, so each measured invocation's CPU time is at least
        // that, however busy the machine (no wall-clock assertion).
        var timer = new BenchmarkTimer();
        var result = timer.Measure("busy", new TimingOptions { Iterations = 3, AllowDebugBuild = true }, () => Spin(TimeSpan.FromMilliseconds(30)));

        Assert.Equal(3, result.CpuSamplesSeconds!.Count);
        Assert.All(result.CpuSamplesSeconds, s => Assert.True(s >= 0.03, $"a run that used 30 ms of CPU recorded {s} s"));
        Assert.True(result.CpuMedianSeconds >= 0.03);
    }

    private static void Spin(TimeSpan duration)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        while (Environment.CpuUsage.TotalTime - cpu < duration)
        {
            Thread.SpinWait(1000);
        }
    }
}
