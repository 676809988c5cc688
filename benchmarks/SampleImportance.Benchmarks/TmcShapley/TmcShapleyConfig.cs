using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SampleImportance.Benchmarks.Columns;

namespace SampleImportance.Benchmarks.TmcShapley;

/// <summary>
/// An in-process monitoring job of 1 warm-up and 5 iterations (a cold invocation takes about a second; in process skips
/// BenchmarkDotNet's per-job rebuild, which times out on a loaded 2-core machine), and the evaluations-per-second columns
/// (ours, the scikit-learn peer's, the ratio) in <see cref="TmcShapleyBenchmarks"/>' summary.
/// </summary>
public sealed class TmcShapleyConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public TmcShapleyConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
        AddColumn(new TmcRateColumn(TmcRateColumn.Kind.Ours), new TmcRateColumn(TmcRateColumn.Kind.Peer), new TmcRateColumn(TmcRateColumn.Kind.Ratio));
    }
}
