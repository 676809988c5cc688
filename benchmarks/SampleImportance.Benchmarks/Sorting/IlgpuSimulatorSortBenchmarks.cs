using BenchmarkDotNet.Attributes;
using SampleImportance.Abstractions;
using SampleImportance.Kernels;

namespace SampleImportance.Benchmarks.Sorting;

/// <summary>
/// The same kernel on a tiny tile (8 queries × 2,048 rows × 16 features) to show how far ILGPU's CPU simulator
/// (<c>ilgpu-cpu</c>, a debugging target, never production) is from <c>cpu-simd</c> and the naive baseline.
/// One simulator call takes about 1.6 s here (the brief's limit for including it is 10 s), hence few iterations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IlgpuSimulatorSortBenchmarks : IDisposable
{
    /// <summary>Training rows.</summary>
    public const int TrainCount = 2_048;

    /// <summary>Features per row.</summary>
    public const int FeatureCount = 16;

    /// <summary>Queries in the tile.</summary>
    public const int QueryTile = 8;

    private readonly SimdCpuBackend _simd = new();
    private IComputeBackend? _simulator;
    private SortingData? _data;
    private int[] _order = [];

    private SortingData Data => _data ?? throw new InvalidOperationException("GlobalSetup has not run.");

    private IComputeBackend Simulator => _simulator ?? throw new InvalidOperationException("GlobalSetup has not run.");

    /// <summary>Starts the simulator and fails unless it and <c>cpu-simd</c> order exactly like the baseline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _data = new SortingData(TrainCount, QueryTile, FeatureCount);
        _simulator = ComputeBackendFactory.Create("ilgpu-cpu");
        _data.RequireSameOrderAsBaseline(("cpu-simd", _simd), ("ilgpu-cpu", _simulator));
        _order = _data.NewOrder();
    }

    /// <summary>Releases the simulator's accelerator.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        (_simulator as IDisposable)?.Dispose();
        _simulator = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>Scalar distances + <see cref="Array.Sort(Array)"/> per query, one thread.</summary>
    [Benchmark(Baseline = true)]
    public int[] Naive_Scalar()
    {
        NaiveScalarSorter.SortByDistance(Data.Train, Data.Queries, 0, QueryTile, _order);
        return _order;
    }

    /// <summary><see cref="SimdCpuBackend"/>.</summary>
    [Benchmark]
    public int[] SimdCpu()
    {
        _simd.SortByDistance(Data.Train, Data.Queries, 0, QueryTile, _order);
        return _order;
    }

    /// <summary>ILGPU's CPU simulator.</summary>
    [Benchmark]
    public int[] IlgpuCpu()
    {
        Simulator.SortByDistance(Data.Train, Data.Queries, 0, QueryTile, _order);
        return _order;
    }
}
