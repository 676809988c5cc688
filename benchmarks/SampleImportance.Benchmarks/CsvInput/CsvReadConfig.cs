using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SampleImportance.Benchmarks.CsvInput;

/// <summary>A short in-process job: each call reads 24 MB, so 2 warm-ups and 8 iterations suffice, and running in
/// process skips BenchmarkDotNet's per-job rebuild, which times out on a loaded 2-core machine.</summary>
public sealed class CsvReadConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public CsvReadConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
    }
}
