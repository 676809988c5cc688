using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>
/// The production CPU backend (<c>cpu-simd</c>). <see cref="SortByDistance"/>: SIMD distances with lanes across the
/// call's queries over chunks of training rows read in place, keys written into the caller's order buffer, then each
/// query's keys radix-sorted in place (chunks, then queries, spread over cores). <see cref="NearestNeighbours"/>: SIMD
/// distances across a cached panel copy of the training rows, then a bounded selection per query, queries spread over
/// cores. Blocked SIMD dot products spread over output tiles. Results are identical to every other backend
/// and independent of the thread count, because each query row and each product is computed on its own.
/// Thread-safe; <see cref="Dispose"/> drops the cached scratch, after which every call throws.
/// </summary>
public sealed class SimdCpuBackend : IComputeBackend
{
    /// <summary>Default for <see cref="PreferredQueryTile"/>: 64 queries, about 12.8 MB of order for 50,000 training rows.</summary>
    public const int DefaultQueryTile = 64;

    // Training rows per distance chunk: 256 KB of features stay in L2 while every query group of a call runs over them.
    private const int ChunkBytes = 256 * 1024;

    // Keyed by instance: a SampleSet is immutable, so its panel copy stays valid for its lifetime.
    private readonly ConditionalWeakTable<SampleSet, PanelMatrix> _panels = new();
    private readonly ParallelOptions _parallel;

    // Scratch is reused across calls (an estimator calls once per tile): without it every tile allocated about
    // 1.2 MB per thread for 50,000 rows and drove Gen2 collections. Workers of another row count are dropped.
    private readonly ConcurrentBag<Worker> _idleWorkers = [];
    private readonly ConcurrentBag<RadixSorter> _idleSorters = [];
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
        SortAll(train, queries, queryStart, queryCount, order);
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
        _idleSorters.Clear();
        _panels.Clear();
    }

    // Full orders in two parallel phases over the caller's buffer: first every key, written where its query's order
    // goes (chunks of training rows, each read once for all queries of the call), then each query's keys sorted in
    // place. No training copy and no key scratch: memory is the order buffer plus one radix scratch per thread.
    private unsafe void SortAll(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order)
    {
        var n = train.Count;
        if (queryCount == 0 || n == 0)
        {
            return;
        }

        var d = train.FeatureCount;
        var interleaved = QueryLaneDistances.Interleave(queries.Features.Slice(queryStart * d, queryCount * d), queryCount, d);
        var chunkRows = Math.Max(4, (ChunkBytes / (sizeof(float) * d)) & ~3);
        var chunks = (n + chunkRows - 1) / chunkRows;
        fixed (int* orderStart = order)
        fixed (float* trainFeatures = train.Features)
        {
            // Spans cannot be captured by the loop bodies; the pins hold for both synchronous loops.
            var orderAddress = (nint)orderStart;
            var trainAddress = (nint)trainFeatures;
            Parallel.For(
                0,
                chunks,
                _parallel,
                chunk =>
                {
                    var first = chunk * chunkRows;
                    QueryLaneDistances.Compute((float*)trainAddress, d, first, Math.Min(n, first + chunkRows), interleaved, queryCount, (uint*)orderAddress, n);
                });
            Parallel.For(
                0,
                queryCount,
                _parallel,
                RentSorter,
                (q, _, sorter) =>
                {
                    sorter.SortInPlace(new Span<int>((int*)orderAddress + ((long)q * n), n));
                    return sorter;
                },
                _idleSorters.Add);
        }
    }

    private RadixSorter RentSorter() => _idleSorters.TryTake(out var sorter) ? sorter : new RadixSorter();

    // The first `kept` entries of each query's order (kept < n: a nearest-neighbour selection).
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
