using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Configs;
using SampleImportance.Benchmarks.Columns;

namespace SampleImportance.Benchmarks.KnnShapley;

/// <summary>
/// <see cref="KnnShapleyBenchmarks"/>' job and the peer's compute-only columns. The job runs with the JIT settings the
/// sampleimportance tool ships in its runtimeconfig (loops compiled optimised at once, no PGO tier): with 1 warm-up and
/// 3 iterations, tiered compilation otherwise leaves the first iterations of the small size in unoptimised code (about
/// 100 ms against a steady 20 ms), timing the JIT rather than the kernels.
/// </summary>
public sealed class KnnShapleyConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public KnnShapleyConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_QuickJitForLoops", "0"), new EnvironmentVariable("DOTNET_TieredPGO", "0")));
        AddColumn(new PeerComputeOnlyColumn(), new RatioToComputeOnlyColumn());
    }
}
