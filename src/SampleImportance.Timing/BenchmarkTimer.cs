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
            // The action's own exception is kept here: BenchmarkDotNet's in-process toolchain may lose it (0.15 throws a
            // NullReferenceException of its own while logging the failed run), and the user needs the real cause.
            Exception? failure = null;
            using var registration = EstimatorRunBenchmark.Register(id, () =>
            {
                try
                {
                    run();
                }
                catch (Exception ex)
                {
                    failure ??= ex;
                    throw;
                }
            });
            BenchmarkDotNet.Reports.Summary summary;
            try
            {
                summary = BenchmarkRunner.Run<EstimatorRunBenchmark>(CreateConfig(options));
            }
            catch (Exception ex) when (ex is not TimingException)
            {
                // A failed timing is data, not a crash.
                var cause = failure ?? (ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : ex);
                throw new TimingException($"The timed run failed: {cause.GetType().Name}: {cause.Message}", cause);
            }

            if (failure is not null)
            {
                throw new TimingException($"The timed run failed: {failure.GetType().Name}: {failure.Message}", failure);
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
            // BenchmarkDotNet (Perfolizer) gives no interval below 3 measurements: its bounds are then NaN, which no
            // report can hold. Like one iteration, that collapses to the median.
            var interval = stats.ConfidenceInterval;
            var hasInterval = stats.N > 2 && double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper);
            var lower = hasInterval ? interval.Lower : stats.Median;
            var upper = hasInterval ? interval.Upper : stats.Median;
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
