using BenchmarkDotNet.Attributes;
using SampleImportance.Kernels;

namespace SampleImportance.Benchmarks.Sorting;

/// <summary>
/// The sort-by-distance kernel alone on one query tile: 64 queries against 50,000 training rows of 64 features.
/// <c>cpu-simd</c> (all cores, and pinned to one thread for a per-core ratio) against the naive scalar baseline.
/// The backend's per-set panel copy is built in setup: this is the steady-state kernel an estimator calls tile after tile.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class SortByDistanceBenchmarks
{
    /// <summary>Training rows.</summary>
    public const int TrainCount = 50_000;

    /// <summary>Features per row.</summary>
    public const int FeatureCount = 64;

    /// <summary>Queries in the tile (the SIMD backend's default tile).</summary>
    public const int QueryTile = 64;

    private readonly SimdCpuBackend _simd = new();
    private readonly SimdCpuBackend _simdOneThread = new(maxDegreeOfParallelism: 1);
    private SortingData? _data;
    private int[] _order = [];

    private SortingData Data => _data ?? throw new InvalidOperationException("GlobalSetup has not run.");

    /// <summary>Generates the data and fails unless both SIMD variants order exactly like the baseline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _data = new SortingData(TrainCount, QueryTile, FeatureCount);
        _data.RequireSameOrderAsBaseline(("cpu-simd", _simd), ("cpu-simd, one thread", _simdOneThread));
        _order = _data.NewOrder();
    }

    /// <summary>Scalar distances + <see cref="Array.Sort(Array)"/> per query, one thread.</summary>
    [Benchmark(Baseline = true)]
    public int[] Naive_Scalar()
    {
        NaiveScalarSorter.SortByDistance(Data.Train, Data.Queries, 0, QueryTile, _order);
        return _order;
    }

    /// <summary><see cref="SimdCpuBackend"/> with the runtime's default parallelism.</summary>
    [Benchmark]
    public int[] SimdCpu()
    {
        _simd.SortByDistance(Data.Train, Data.Queries, 0, QueryTile, _order);
        return _order;
    }

    /// <summary><see cref="SimdCpuBackend"/> on one thread, for a per-core comparison with the baseline.</summary>
    [Benchmark]
    public int[] SimdCpu_OneThread()
    {
        _simdOneThread.SortByDistance(Data.Train, Data.Queries, 0, QueryTile, _order);
        return _order;
    }
}
