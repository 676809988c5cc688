using BenchmarkDotNet.Configs;
using SampleImportance.Benchmarks.Columns;

namespace SampleImportance.Benchmarks.KnnShapley;

/// <summary>Adds the peer's compute-only columns to <see cref="KnnShapleyBenchmarks"/>' summary.</summary>
public sealed class KnnShapleyConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public KnnShapleyConfig()
    {
        AddColumn(new PeerComputeOnlyColumn(), new RatioToComputeOnlyColumn());
    }
}
