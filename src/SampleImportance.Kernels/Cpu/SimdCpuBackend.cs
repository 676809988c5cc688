using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>
/// The production CPU backend (<c>cpu-simd</c>): SIMD distances across training rows, then per query a radix
/// sort (<see cref="SortByDistance"/>) or a bounded selection (<see cref="NearestNeighbours"/>), queries spread
/// over cores; blocked SIMD dot products spread over output tiles. Results are identical to every other backend
/// and independent of the thread count, because each query row and each product is computed on its own.
/// Thread-safe; <see cref="Dispose"/> drops the cached scratch, after which every call throws.
/// </summary>
public sealed class SimdCpuBackend : IComputeBackend
{
    /// <summary>Default for <see cref="PreferredQueryTile"/>: 64 queries, about 12.8 MB of order for 50,000 training rows.</summary>
    public const int DefaultQueryTile = 64;

    // Keyed by instance: a SampleSet is immutable, so its panel copy stays valid for its lifetime.
    private readonly ConditionalWeakTable<SampleSet, PanelMatrix> _panels = new();
    private readonly ParallelOptions _parallel;

    // Scratch is reused across calls (an estimator calls once per tile): without it every tile allocated about
    // 1.2 MB per thread for 50,000 rows and drove Gen2 collections. Workers of another row count are dropped.
    private readonly ConcurrentBag<Worker> _idleWorkers = [];
    private volatile bool _disposed;

    /// <summary>Creates the backend.</summary>
    /// <param name="preferredQueryTile">Queries per call an estimator should use; default <see cref="DefaultQueryTile"/>.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads; -1 (the default) lets the runtime decide. Results do not depend on it.</param>
    public SimdCpuBackend(int preferredQueryTile = DefaultQueryTile, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(preferredQueryTile, 1);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 or a positive count.");
        }

        PreferredQueryTile = preferredQueryTile;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
    }

    /// <inheritdoc />
    public string Name => "cpu-simd";

    /// <inheritdoc />
    public int PreferredQueryTile { get; }

    /// <inheritdoc />
    public void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        KernelArguments.ValidateSort(train, queries, queryStart, queryCount, order.Length);
        Rank(train, queries, queryStart, queryCount, train.Count, order);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Distances as in <see cref="SortByDistance"/>; then a bounded max-heap over (distance bits, index) with a SIMD
    /// pre-filter when k is small against n, else the same radix sort, cut to k.
    /// </remarks>
    public void NearestNeighbours(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<int> neighbours)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var kept = KernelArguments.ValidateNeighbours(train, queries, queryStart, queryCount, k, neighbours.Length);
        Rank(train, queries, queryStart, queryCount, kept, neighbours);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Bit-identical to the scalar loop <c>sum = 0.0; for k in 0..width-1: sum += left[i, k] * right[j, k]</c>, each
    /// product rounded then added (no fused multiply-add), so it agrees exactly with every other backend. SIMD runs
    /// across right rows, never across k.
    /// </remarks>
    public void DotProducts(ReadOnlySpan<double> left, int leftRows, ReadOnlySpan<double> right, int rightRows, int width, Span<double> products)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        KernelArguments.ValidateDotProducts(left.Length, leftRows, right.Length, rightRows, width, products.Length);
        SimdDotProducts.Compute(left, leftRows, right, rightRows, width, products, _parallel);
    }

    /// <summary>Drops the cached training panels and per-thread scratch; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _disposed = true;
        _idleWorkers.Clear();
        _panels.Clear();
    }

    // The first `kept` entries of each query's order; kept = n is the full sort.
    private unsafe void Rank(SampleSet train, SampleSet queries, int queryStart, int queryCount, int kept, Span<int> destination)
    {
        var n = train.Count;
        if (queryCount == 0 || n == 0)
        {
            return;
        }

        var panels = _panels.GetValue(train, PanelMatrix.From);
        var d = queries.FeatureCount;
        var blocks = (queryCount + SimdDistanceBlock.Queries - 1) / SimdDistanceBlock.Queries;
        fixed (int* destinationStart = destination)
        fixed (float* queryFeatures = queries.Features)
        {
            // Spans cannot be captured by the loop body; the pins hold for the whole synchronous loop.
            var destinationAddress = (nint)destinationStart;
            var queryAddress = (nint)(queryFeatures + ((long)queryStart * d));
            Parallel.For(
                0,
                blocks,
                _parallel,
                () => RentWorker(panels.PaddedRowCount),
                (block, _, worker) =>
                {
                    var first = block * SimdDistanceBlock.Queries;
                    var count = Math.Min(SimdDistanceBlock.Queries, queryCount - first);
                    worker.Run(panels, (float*)queryAddress, first, count, kept, (int*)destinationAddress);
                    return worker;
                },
                _idleWorkers.Add);
        }
    }

    private Worker RentWorker(int paddedRows)
    {
        while (_idleWorkers.TryTake(out var worker))
        {
            // A worker at least as large serves: utilities fit many subsets of different sizes, and reallocating per call
            // cost more than the distances themselves.
            if (worker.PaddedRows >= paddedRows)
            {
                return worker;
            }
        }

        return new Worker(paddedRows);
    }

    /// <summary>Per-thread scratch: four key rows and a selector (which owns the radix sorter).</summary>
    private sealed class Worker(int paddedRows)
    {
        private readonly uint[] _keys = new uint[SimdDistanceBlock.Queries * paddedRows];
        private readonly NeighbourSelector _selector = new();

        public int PaddedRows => paddedRows;

        public unsafe void Run(PanelMatrix train, float* queries, int first, int count, int kept, int* destination)
        {
            var d = train.FeatureCount;
            var n = train.RowCount;
            var padded = train.PaddedRowCount;

            // A short last block repeats its last query; the repeats are computed and dropped.
            ReadOnlySpan<float> Query(int q) => new(queries + ((long)(first + Math.Min(q, count - 1)) * d), d);
            Span<uint> Keys(int q) => _keys.AsSpan(q * padded, padded);

            SimdDistanceBlock.Compute(train, Query(0), Query(1), Query(2), Query(3), Keys(0), Keys(1), Keys(2), Keys(3));
            for (var q = 0; q < count; q++)
            {
                _selector.Select(Keys(q)[..n], new Span<int>(destination + ((long)(first + q) * kept), kept));
            }
        }
    }
}
