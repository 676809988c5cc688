using System.Numerics;
using ILGPU;
using ILGPU.Runtime;
using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>
/// Runs exact KNN-Shapley on one accelerator (see <see cref="KnnShapleyKernels"/>): per tile of queries, distance keys,
/// a per-query stable radix sort with only as many 4-bit passes as the tile's widest key range needs, the recursion
/// as a chunked suffix sum, and a per-row sum over the tile's queries in query order. Only n doubles cross to the host
/// per call. Owned by <see cref="IlgpuBackend"/>, which serialises calls and supplies the training features.
/// </summary>
internal sealed class DeviceKnnShapley : IDisposable
{
    // Slots (query × training row) one tile may use: about 25 bytes each, 3.4 GB at most.
    private const long MaxSlots = 1L << 27;

    private readonly Accelerator _accelerator;
    private readonly KnnShapleyChunking _chunking;
    private readonly Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<uint>, KnnTileShape> _distances;
    private readonly Action<Index1D, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, KnnTileShape> _chunkMinMax;
    private readonly Action<Index1D, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, KnnTileShape> _segmentMinMax;
    private readonly Action<Index1D, ArrayView<uint>, ArrayView<int>, ArrayView<uint>, KnnTileShape> _compress;
    private readonly Action<Index1D, ArrayView<uint>, ArrayView<int>, KnnTileShape> _digitCounts;
    private readonly Action<Index1D, ArrayView<uint>, ArrayView<int>, ArrayView<uint>, ArrayView<int>, ArrayView<int>, KnnTileShape> _scatter;
    private readonly Action<Index1D, ArrayView<int>, ArrayView<int>, ScanShape> _blockSums;
    private readonly Action<Index1D, ArrayView<int>, ArrayView<int>, ScanShape> _blockScan;
    private readonly Action<Index1D, ArrayView<int>, ArrayView<int>, ArrayView<int>, ArrayView<double>, KnnTileShape> _suffixTotals;
    private readonly Action<Index1D, ArrayView<double>, ArrayView<double>, KnnTileShape> _suffixCarries;
    private readonly Action<Index1D, ArrayView<int>, ArrayView<int>, ArrayView<int>, ArrayView<double>, ArrayView<double>, KnnTileShape> _suffixValues;
    private readonly Action<Index1D, ArrayView<double>, ArrayView<double>, KnnTileShape> _accumulate;
    private readonly WeakReference<SampleSet?> _classesOf = new(null);
    private readonly Dictionary<string, MemoryBuffer> _buffers = new(StringComparer.Ordinal);
    private Dictionary<double, int> _classIds = [];

    /// <summary>Compiles the kernels on <paramref name="accelerator"/> (not owned).</summary>
    public DeviceKnnShapley(Accelerator accelerator, KnnShapleyChunking chunking)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunking.SortChunk, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunking.SuffixChunk, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunking.ScanBlock, 2);
        _accelerator = accelerator;
        _chunking = chunking;
        _distances = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<uint>, KnnTileShape>(KnnShapleyKernels.Distances);
        _chunkMinMax = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, KnnTileShape>(KnnShapleyKernels.ChunkMinMax);
        _segmentMinMax = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, ArrayView<uint>, KnnTileShape>(KnnShapleyKernels.SegmentMinMax);
        _compress = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<uint>, ArrayView<int>, ArrayView<uint>, KnnTileShape>(KnnShapleyKernels.Compress);
        _digitCounts = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<uint>, ArrayView<int>, KnnTileShape>(KnnShapleyKernels.DigitCounts);
        _scatter = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<uint>, ArrayView<int>, ArrayView<uint>, ArrayView<int>, ArrayView<int>, KnnTileShape>(KnnShapleyKernels.Scatter);
        _blockSums = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, ArrayView<int>, ScanShape>(KnnShapleyKernels.BlockSums);
        _blockScan = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, ArrayView<int>, ScanShape>(KnnShapleyKernels.BlockExclusiveScan);
        _suffixTotals = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, ArrayView<int>, ArrayView<int>, ArrayView<double>, KnnTileShape>(KnnShapleyKernels.SuffixChunkTotals);
        _suffixCarries = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, KnnTileShape>(KnnShapleyKernels.SegmentSuffixCarries);
        _suffixValues = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, ArrayView<int>, ArrayView<int>, ArrayView<double>, ArrayView<double>, KnnTileShape>(KnnShapleyKernels.SuffixValues);
        _accumulate = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, KnnTileShape>(KnnShapleyKernels.Accumulate);
    }

    /// <summary>Queries per tile for n training rows: at most <paramref name="preferred"/>, and at most what the slot budget holds.</summary>
    public static int TileFor(int trainCount, int preferred) => (int)Math.Clamp(MaxSlots / Math.Max(1, trainCount), 1, preferred);

    /// <summary>Adds every query's Shapley vector (exact label match) to <paramref name="values"/>, queries in order.</summary>
    /// <param name="trainByFeature">The training features on the device, feature-major.</param>
    /// <param name="train">The training set (labels; and the cache key of its class ids).</param>
    /// <param name="queries">Validation rows.</param>
    /// <param name="queryStart">First query row.</param>
    /// <param name="queryCount">Query rows.</param>
    /// <param name="k">Neighbours K.</param>
    /// <param name="tile">Queries per device tile.</param>
    /// <param name="values">Accumulator, train.Count long.</param>
    public void Add(ArrayView<float> trainByFeature, SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, int tile, Span<double> values)
    {
        var n = train.Count;
        var d = train.FeatureCount;
        var trainClasses = UploadClasses(train);
        var accumulator = Buffer<double>("values", n);
        accumulator.SubView(0, n).CopyFromCPU(values[..n]);
        var groups = (tile + KnnTileShape.QueriesPerThread - 1) / KnnTileShape.QueriesPerThread;
        var paddedQueries = new float[groups * KnnTileShape.QueriesPerThread * d];
        var queryClasses = new int[tile];
        for (var done = 0; done < queryCount; done += tile)
        {
            var rows = Math.Min(tile, queryCount - done);
            var first = queryStart + done;
            StageQueries(queries, first, rows, d, paddedQueries, queryClasses);
            var shape = new KnnTileShape(n, d, rows, _chunking.SortChunk, k, 0);
            var sorted = Sort(trainByFeature, paddedQueries, shape);
            var classView = Buffer<int>("query-classes", tile).SubView(0, rows);
            classView.CopyFromCPU(queryClasses.AsSpan(0, rows));
            Recursion(sorted, trainClasses, classView, shape.WithChunk(_chunking.SuffixChunk), accumulator);
        }

        _accelerator.Synchronize();
        accumulator.SubView(0, n).CopyToCPU(values[..n]);
    }

    /// <summary>Releases the device buffers.</summary>
    public void Dispose()
    {
        foreach (var buffer in _buffers.Values)
        {
            buffer.Dispose();
        }

        _buffers.Clear();
    }

    // Sorts every query's training rows by (distance, index); returns the rows in sorted order, query-major.
    private ArrayView<int> Sort(ArrayView<float> trainByFeature, float[] paddedQueries, KnnTileShape shape)
    {
        var n = shape.TrainCount;
        var slots = shape.Queries * n;
        var chunks = shape.Queries * shape.ChunkCount;
        var groups = (shape.Queries + KnnTileShape.QueriesPerThread - 1) / KnnTileShape.QueriesPerThread;
        var queryView = Buffer<float>("queries", paddedQueries.Length).SubView(0, groups * KnnTileShape.QueriesPerThread * shape.FeatureCount);
        queryView.CopyFromCPU(paddedQueries.AsSpan(0, (int)queryView.Length));
        var keys = Buffer<uint>("keys", slots).SubView(0, slots);
        var rows = Buffer<int>("rows", slots).SubView(0, slots);
        _distances(groups * n, trainByFeature, queryView, keys, shape);

        // Key compression: keys become relative to their query's smallest, and only the bits between the trailing zeros
        // every key shares and the top of the widest range are sorted on (on a value grid the low bits are all zero).
        // Longer runs than the sort's: one thread per query then folds fewer partial results.
        var reduce = shape.WithChunk(_chunking.SuffixChunk);
        var runs = shape.Queries * reduce.ChunkCount;
        var chunkMin = Buffer<uint>("chunk-min", runs).SubView(0, runs);
        var chunkMax = Buffer<uint>("chunk-max", runs).SubView(0, runs);
        var chunkBits = Buffer<uint>("chunk-bits", runs).SubView(0, runs);
        var segmentMin = Buffer<uint>("segment-min", shape.Queries).SubView(0, shape.Queries);
        var segmentRange = Buffer<uint>("segment-range", shape.Queries).SubView(0, shape.Queries);
        var segmentBits = Buffer<uint>("segment-bits", shape.Queries).SubView(0, shape.Queries);
        _chunkMinMax(runs, keys, chunkMin, chunkMax, chunkBits, reduce);
        _segmentMinMax(shape.Queries, chunkMin, chunkMax, chunkBits, segmentMin, segmentRange, segmentBits, reduce);
        _compress(slots, keys, rows, segmentMin, shape);
        var ranges = new uint[shape.Queries];
        var ors = new uint[shape.Queries];
        _accelerator.Synchronize();
        segmentRange.CopyToCPU(ranges);
        segmentBits.CopyToCPU(ors);
        var top = 32 - BitOperations.LeadingZeroCount(ranges.Max());
        var low = BitOperations.TrailingZeroCount(ors.Aggregate(0u, (a, b) => a | b));
        var passes = top > low ? (top - low + KnnTileShape.DigitBits - 1) / KnnTileShape.DigitBits : 0;

        var otherKeys = Buffer<uint>("keys-swap", slots).SubView(0, slots);
        var otherRows = Buffer<int>("rows-swap", slots).SubView(0, slots);
        var countLength = chunks * KnnTileShape.Buckets;
        var counts = Buffer<int>("counts", countLength).SubView(0, countLength);
        for (var pass = 0; pass < passes; pass++)
        {
            var passShape = shape.WithShift(low + (pass * KnnTileShape.DigitBits));
            _digitCounts(chunks, keys, counts, passShape);
            ExclusiveScan(counts, countLength, 0);
            _scatter(chunks, keys, rows, otherKeys, otherRows, counts, passShape);
            (keys, otherKeys) = (otherKeys, keys);
            (rows, otherRows) = (otherRows, rows);
        }

        return rows;
    }

    // The recursion per query, then the tile's values added to the accumulator row by row, queries in order.
    private void Recursion(ArrayView<int> sorted, ArrayView<int> trainClasses, ArrayView<int> queryClasses, KnnTileShape shape, ArrayView<double> accumulator)
    {
        var chunks = shape.Queries * shape.ChunkCount;
        var slots = shape.Queries * shape.TrainCount;
        var totals = Buffer<double>("suffix-totals", chunks).SubView(0, chunks);
        var carries = Buffer<double>("suffix-carries", chunks).SubView(0, chunks);
        var byRow = Buffer<double>("by-row", slots).SubView(0, slots);
        _suffixTotals(chunks, sorted, trainClasses, queryClasses, totals, shape);
        _suffixCarries(shape.Queries, totals, carries, shape);
        _suffixValues(chunks, sorted, trainClasses, queryClasses, carries, byRow, shape);
        _accumulate(shape.TrainCount, byRow, accumulator, shape);
    }

    // Exclusive scan of `length` ints in place: block sums, a scan of those one level up, then each block from its carry.
    private void ExclusiveScan(ArrayView<int> values, int length, int level)
    {
        if (length <= _chunking.ScanBlock)
        {
            _blockScan(1, values, values, new ScanShape(length, _chunking.ScanBlock, hasCarries: false));
            return;
        }

        var blocks = (length + _chunking.ScanBlock - 1) / _chunking.ScanBlock;
        var sums = Buffer<int>("scan-" + level.ToString(System.Globalization.CultureInfo.InvariantCulture), blocks).SubView(0, blocks);
        var shape = new ScanShape(length, _chunking.ScanBlock, hasCarries: true);
        _blockSums(blocks, values, sums, shape);
        ExclusiveScan(sums, blocks, level + 1);
        _blockScan(blocks, values, sums, shape);
    }

    // Class ids stand in for labels on the device: equal labels share an id; a NaN label matches nothing (NaN ≠ NaN).
    private ArrayView<int> UploadClasses(SampleSet train)
    {
        var n = train.Count;
        var view = Buffer<int>("train-classes", n).SubView(0, n);
        if (_classesOf.TryGetTarget(out var cached) && ReferenceEquals(cached, train))
        {
            return view;
        }

        _classIds = [];
        var ids = new int[n];
        var labels = train.Labels;
        for (var i = 0; i < n; i++)
        {
            var label = labels[i];
            ids[i] = double.IsNaN(label) ? -2 : IdOf(label, add: true);
        }

        view.CopyFromCPU(ids);
        _classesOf.SetTarget(train);
        return view;
    }

    private void StageQueries(SampleSet queries, int first, int rows, int d, float[] padded, int[] classes)
    {
        var features = queries.Features;
        var groupRows = padded.Length / d;
        for (var q = 0; q < groupRows; q++)
        {
            // The last group repeats the last row; those distances are computed and never stored.
            var source = first + Math.Min(q, rows - 1);
            features.Slice(source * d, d).CopyTo(padded.AsSpan(q * d, d));
        }

        for (var q = 0; q < rows; q++)
        {
            var label = queries.Labels[first + q];
            classes[q] = double.IsNaN(label) ? -1 : IdOf(label, add: false);
        }
    }

    // -0.0 == 0.0 as labels, as the CPU path's == has it.
    private int IdOf(double label, bool add)
    {
        var key = label == 0 ? 0.0 : label;
        if (_classIds.TryGetValue(key, out var id))
        {
            return id;
        }

        if (!add)
        {
            return -1;
        }

        id = _classIds.Count;
        _classIds.Add(key, id);
        return id;
    }

    // Buffers are kept by purpose and only grow, so a steady tile size allocates once.
    private ArrayView<T> Buffer<T>(string purpose, long length)
        where T : unmanaged
    {
        var needed = Math.Max(1, length);
        if (_buffers.TryGetValue(purpose, out var existing) && existing.Length >= needed)
        {
            return ((MemoryBuffer1D<T, Stride1D.Dense>)existing).View;
        }

        existing?.Dispose();
        var buffer = _accelerator.Allocate1D<T>(needed);
        _buffers[purpose] = buffer;
        return buffer.View;
    }
}
