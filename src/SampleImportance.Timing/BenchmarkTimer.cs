using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace SampleImportance.Timing;

/// <summary>
/// Times an action with BenchmarkDotNet in this process (monitoring strategy: each iteration is one cold-ish
/// invocation, which suits runs of seconds). Quality never comes from here: the action's results are discarded.
/// Measurements are serialised: BenchmarkDotNet runs one benchmark at a time per process.
/// </summary>
public sealed class BenchmarkTimer : IEstimatorTimer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Measures <paramref name="run"/>; throws <see cref="TimingException"/> when BenchmarkDotNet reports no result.</summary>
    public TimingResult Measure(string id, TimingOptions options, Action run)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        Gate.Wait();
        try
        {
            using var registration = EstimatorRunBenchmark.Register(id, run);
            BenchmarkDotNet.Reports.Summary summary;
            try
            {
                summary = BenchmarkRunner.Run<EstimatorRunBenchmark>(CreateConfig(options));
            }
            catch (Exception ex) when (ex is not TimingException)
            {
                // The in-process toolchain lets the timed action's exception escape; a failed timing is data, not a crash.
                var cause = ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : ex;
                throw new TimingException($"The timed run failed: {cause.GetType().Name}: {cause.Message}", cause);
            }

            var report = summary.Reports.FirstOrDefault();
            if (report is null || !report.Success || report.ResultStatistics is null)
            {
                var why = summary.ValidationErrors.Length > 0
                    ? string.Join("; ", summary.ValidationErrors.Select(e => e.Message))
                    : "BenchmarkDotNet produced no measurement (the timed run failed or timed out).";
                throw new TimingException(why);
            }

            var stats = report.ResultStatistics;
            var samples = report.AllMeasurements
                .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Result)
                .Select(m => m.Nanoseconds / m.Operations / 1e9)
                .ToArray();
            var lower = stats.N > 1 ? stats.ConfidenceInterval.Lower : stats.Median;
            var upper = stats.N > 1 ? stats.ConfidenceInterval.Upper : stats.Median;
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes && bytes >= 0 ? (long?)bytes : null;
            return new TimingResult(
                stats.Median / 1e9,
                lower / 1e9,
                upper / 1e9,
                stats.N,
                samples,
                allocated);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static ManualConfig CreateConfig(TimingOptions options)
    {
        var job = new Job("cell")
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(options.Warmup)
            .WithIterationCount(options.Iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(new InProcessNoEmitToolchain(options.Timeout, logOutput: false));
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(NullLogger.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(options.ArtifactsPath)
            .WithOptions(ConfigOptions.DisableLogFile);
        if (options.AllowDebugBuild)
        {
            config = config.WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }

        return config;
    }
}
