using System.Runtime.CompilerServices;
using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>
/// The production CPU backend (<c>cpu-simd</c>): SIMD distances across training rows, radix sort per query,
/// queries spread over cores. Orderings are identical to every other backend and independent of the
/// thread count, because each query row is computed and sorted on its own. Thread-safe.
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
    private readonly System.Collections.Concurrent.ConcurrentBag<Worker> _idleWorkers = [];

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
    public unsafe void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order)
    {
        SortRequest.Validate(train, queries, queryStart, queryCount, order.Length);
        var n = train.Count;
        if (queryCount == 0 || n == 0)
        {
            return;
        }

        var panels = _panels.GetValue(train, PanelMatrix.From);
        var d = queries.FeatureCount;
        var blocks = (queryCount + SimdDistanceBlock.Queries - 1) / SimdDistanceBlock.Queries;
        fixed (int* orderStart = order)
        fixed (float* queryFeatures = queries.Features)
        {
            // Spans cannot be captured by the loop body; the pins hold for the whole synchronous loop.
            var orderAddress = (nint)orderStart;
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
                    worker.Run(panels, (float*)queryAddress, first, count, (int*)orderAddress);
                    return worker;
                },
                _idleWorkers.Add);
        }
    }

    private Worker RentWorker(int paddedRows)
    {
        while (_idleWorkers.TryTake(out var worker))
        {
            if (worker.PaddedRows == paddedRows)
            {
                return worker;
            }
        }

        return new Worker(paddedRows);
    }

    /// <summary>Per-thread scratch: four key rows and a radix sorter.</summary>
    private sealed class Worker(int paddedRows)
    {
        private readonly uint[] _keys = new uint[SimdDistanceBlock.Queries * paddedRows];
        private readonly RadixSorter _sorter = new();

        public int PaddedRows => paddedRows;

        public unsafe void Run(PanelMatrix train, float* queries, int first, int count, int* order)
        {
            var d = train.FeatureCount;
            var n = train.RowCount;
            var padded = train.PaddedRowCount;

            // A short last block repeats its last query; the repeats are computed and dropped.
            ReadOnlySpan<float> Query(int k) => new(queries + ((long)(first + Math.Min(k, count - 1)) * d), d);
            Span<uint> Keys(int k) => _keys.AsSpan(k * padded, padded);

            SimdDistanceBlock.Compute(train, Query(0), Query(1), Query(2), Query(3), Keys(0), Keys(1), Keys(2), Keys(3));
            for (var k = 0; k < count; k++)
            {
                _sorter.Sort(Keys(k)[..n], new Span<int>(order + ((long)(first + k) * n), n));
            }
        }
    }
}
