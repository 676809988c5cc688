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
/// <para>
/// Next to wall clock, each invocation's process CPU time (<see cref="Environment.CpuUsage"/>) is recorded: the sum over
/// all threads of the process, so a multithreaded estimator's CPU time exceeds its wall time, and work on other threads
/// of the process during the run counts too. On a shared machine it is the better regression signal: wall clock moves
/// with the CPU share the process gets from a busy machine, CPU time with the work the estimator does.
/// </para>
/// </summary>
public sealed class BenchmarkTimer : IEstimatorTimer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private readonly Func<TimeSpan> _cpuClock;

    /// <summary>A timer reading the process CPU time from <see cref="Environment.CpuUsage"/>.</summary>
    public BenchmarkTimer()
        : this(static () => Environment.CpuUsage.TotalTime)
    {
    }

    /// <summary>A timer reading CPU time from <paramref name="cpuClock"/> (tests pass a fake to check which invocations count).</summary>
    internal BenchmarkTimer(Func<TimeSpan> cpuClock) => _cpuClock = cpuClock;

    /// <summary>Measures <paramref name="run"/>; throws <see cref="TimingException"/> when BenchmarkDotNet reports no result.</summary>
    /// <param name="id">Identifies the measurement.</param>
    /// <param name="options">Iterations, warm-up and time limit.</param>
    /// <param name="run">The action timed.</param>
    /// <param name="reference">Optional reference run interleaved with the iterations (see <see cref="ReferenceTiming"/>).</param>
    /// <param name="referenceSource">Where the reference comes from.</param>
    public TimingResult Measure(string id, TimingOptions options, Action run, Action? reference = null, string? referenceSource = null)
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
            }, _cpuClock, reference is null ? null : () =>
            {
                try
                {
                    reference();
                }
                catch (Exception ex)
                {
                    failure ??= new TimingException($"The interleaved reference failed: {ex.GetType().Name}: {ex.Message}", ex);
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
            var results = report.AllMeasurements
                .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Result)
                .ToArray();
            var samples = results.Select(m => m.Nanoseconds / m.Operations / 1e9).ToArray();
            // BenchmarkDotNet (Perfolizer) gives no interval below 3 measurements: its bounds are then NaN, which no
            // report can hold. Like one iteration, that collapses to the median.
            var interval = stats.ConfidenceInterval;
            var hasInterval = stats.N > 2 && double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper);
            var lower = hasInterval ? interval.Lower : stats.Median;
            var upper = hasInterval ? interval.Upper : stats.Median;
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes && bytes >= 0 ? (long?)bytes : null;
            var invocations = ResultInvocations(report.AllMeasurements, results, registration.CpuSeconds.Count);
            return new TimingResult(
                stats.Median / 1e9,
                lower / 1e9,
                upper / 1e9,
                stats.N,
                samples,
                allocated)
            {
                CpuSamplesSeconds = invocations is null ? null : [.. invocations.Select(i => registration.CpuSeconds[i])],
                Reference = invocations is null ? null : ReferenceSamples(invocations, registration, referenceSource ?? "reference"),
            };
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The reference run beside each result iteration (<paramref name="at"/>: their invocations); null without a reference or when any is missing.</summary>
    private static ReferenceTiming? ReferenceSamples(int[] at, EstimatorRunBenchmark.Registration registration, string source)
    {
        if (!registration.HasReference)
        {
            return null;
        }

        var wall = new double[at.Length];
        var cpu = new double[at.Length];
        for (var i = 0; i < at.Length; i++)
        {
            if (!registration.TryGetReference(at[i], out var sample))
            {
                return null;
            }

            (wall[i], cpu[i]) = sample;
        }

        return new ReferenceTiming(source, wall, cpu);
    }

    /// <summary>
    /// The 0-based invocation index of each workload result iteration, in the order of <paramref name="results"/>; null
    /// unless every iteration is exactly one invocation. The invocations are matched to BenchmarkDotNet's workload
    /// measurements in the order it ran them (jitting, warm-up, actual; a result keeps its actual iteration's index).
    /// Invocations past those (the memory diagnoser's extra run, after the actual iterations) are not iterations and are
    /// left out. Both the CPU samples and the reference samples are taken at these invocations.
    /// </summary>
    private static int[]? ResultInvocations(IEnumerable<BenchmarkDotNet.Reports.Measurement> all, BenchmarkDotNet.Reports.Measurement[] results, int invocationCount)
    {
        var actualStart = new Dictionary<int, long>();
        long invoked = 0;
        foreach (var m in all.Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage != IterationStage.Result))
        {
            if (m.IterationStage == IterationStage.Actual)
            {
                actualStart[m.IterationIndex] = invoked;
            }

            invoked += m.Operations;
        }

        if (results.Length == 0 || invoked > invocationCount || results.Any(m => m.Operations != 1 || !actualStart.ContainsKey(m.IterationIndex)))
        {
            return null;
        }

        return [.. results.Select(m => (int)actualStart[m.IterationIndex])];
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
