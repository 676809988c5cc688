using ILGPU;

namespace SampleImportance.Kernels;

/// <summary>
/// Device kernels of exact KNN-Shapley, one tile of queries at a time, every query a segment of n slots. Distances are
/// the same float sums as <see cref="DeviceKernels.Distances"/> (bit for bit). The per-query sort is a stable LSD radix
/// sort over 4-bit digits of the query-relative key (distance bits − the query's smallest): each thread owns a run of
/// consecutive slots, counts its digits, one global exclusive scan of all counts (segment-major, then digit, then
/// thread) gives every slot its destination, and each thread scatters its run in order, so equal keys keep index
/// order. The recursion is a suffix sum over ranks in fixed chunks (no atomics), so every run gives the same bits.
/// </summary>
internal static class KnnShapleyKernels
{
    /// <summary>
    /// One thread per (group of 8 queries, training row): reads the row's features once and writes the distance bits of
    /// all 8 queries into keys[query × n + row]. <paramref name="queries"/> holds whole groups (the last padded by
    /// repeating a row); only queries below shape.Queries are written.
    /// </summary>
    public static void Distances(Index1D index, ArrayView<float> trainByFeature, ArrayView<float> queries, ArrayView<uint> keys, KnnTileShape shape)
    {
        int slot = index;
        var n = shape.TrainCount;
        var d = shape.FeatureCount;
        var group = slot / n;
        var row = slot - (group * n);
        var first = group * KnnTileShape.QueriesPerThread;
        long b0 = (long)first * d;
        float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f, s4 = 0f, s5 = 0f, s6 = 0f, s7 = 0f;
        for (var j = 0; j < d; j++)
        {
            var x = trainByFeature[((long)j * n) + row];
            s0 = Step(s0, x, queries[b0 + j]);
            s1 = Step(s1, x, queries[b0 + d + j]);
            s2 = Step(s2, x, queries[b0 + (2 * d) + j]);
            s3 = Step(s3, x, queries[b0 + (3 * d) + j]);
            s4 = Step(s4, x, queries[b0 + (4 * d) + j]);
            s5 = Step(s5, x, queries[b0 + (5 * d) + j]);
            s6 = Step(s6, x, queries[b0 + (6 * d) + j]);
            s7 = Step(s7, x, queries[b0 + (7 * d) + j]);
        }

        Store(keys, shape, first, row, s0);
        Store(keys, shape, first + 1, row, s1);
        Store(keys, shape, first + 2, row, s2);
        Store(keys, shape, first + 3, row, s3);
        Store(keys, shape, first + 4, row, s4);
        Store(keys, shape, first + 5, row, s5);
        Store(keys, shape, first + 6, row, s6);
        Store(keys, shape, first + 7, row, s7);
    }

    /// <summary>One thread per (query, chunk): the smallest and largest key of its run, and the OR of its keys.</summary>
    public static void ChunkMinMax(Index1D index, ArrayView<uint> keys, ArrayView<uint> chunkMin, ArrayView<uint> chunkMax, ArrayView<uint> chunkBits, KnnTileShape shape)
    {
        int chunk = index;
        var (start, end) = Run(chunk, shape);
        var low = uint.MaxValue;
        var high = 0u;
        var bits = 0u;
        for (var s = start; s < end; s++)
        {
            var key = keys[s];
            low = key < low ? key : low;
            high = key > high ? key : high;
            bits |= key;
        }

        chunkMin[chunk] = low;
        chunkMax[chunk] = high;
        chunkBits[chunk] = bits;
    }

    /// <summary>
    /// One thread per query: its smallest key, its key range (largest − smallest) and the OR of its keys (trailing
    /// zeros every key shares, so key − smallest has them too and no pass needs to read them).
    /// </summary>
    public static void SegmentMinMax(Index1D index, ArrayView<uint> chunkMin, ArrayView<uint> chunkMax, ArrayView<uint> chunkBits, ArrayView<uint> segmentMin, ArrayView<uint> segmentRange, ArrayView<uint> segmentBits, KnnTileShape shape)
    {
        int query = index;
        var low = uint.MaxValue;
        var high = 0u;
        var bits = 0u;
        var first = query * shape.ChunkCount;
        for (var c = 0; c < shape.ChunkCount; c++)
        {
            var a = chunkMin[first + c];
            var b = chunkMax[first + c];
            low = a < low ? a : low;
            high = b > high ? b : high;
            bits |= chunkBits[first + c];
        }

        segmentMin[query] = low;
        segmentRange[query] = high - low;
        segmentBits[query] = bits;
    }

    /// <summary>One thread per slot: the key made relative to its query's smallest, the value set to the training row.</summary>
    public static void Compress(Index1D index, ArrayView<uint> keys, ArrayView<int> rows, ArrayView<uint> segmentMin, KnnTileShape shape)
    {
        int slot = index;
        var query = slot / shape.TrainCount;
        keys[slot] -= segmentMin[query];
        rows[slot] = slot - (query * shape.TrainCount);
    }

    /// <summary>One thread per (query, chunk): how many keys of its run fall in each bucket, written at (query, bucket, chunk).</summary>
    public static void DigitCounts(Index1D index, ArrayView<uint> keys, ArrayView<int> counts, KnnTileShape shape)
    {
        int chunk = index;
        var tally = LocalMemory.Allocate<int>(KnnTileShape.Buckets);
        for (var b = 0; b < KnnTileShape.Buckets; b++)
        {
            tally[b] = 0;
        }

        var (start, end) = Run(chunk, shape);
        for (var s = start; s < end; s++)
        {
            tally[Digit(keys[s], shape.Shift)]++;
        }

        for (var b = 0; b < KnnTileShape.Buckets; b++)
        {
            counts[CountSlot(chunk, b, shape)] = tally[b];
        }
    }

    /// <summary>
    /// One thread per (query, chunk): moves its run, in order, to the destinations the scanned counts give (the scan
    /// already includes every earlier query's n slots, so destinations are tile-global).
    /// </summary>
    public static void Scatter(Index1D index, ArrayView<uint> keysIn, ArrayView<int> rowsIn, ArrayView<uint> keysOut, ArrayView<int> rowsOut, ArrayView<int> offsets, KnnTileShape shape)
    {
        int chunk = index;
        var next = LocalMemory.Allocate<int>(KnnTileShape.Buckets);
        for (var b = 0; b < KnnTileShape.Buckets; b++)
        {
            next[b] = offsets[CountSlot(chunk, b, shape)];
        }

        var (start, end) = Run(chunk, shape);
        for (var s = start; s < end; s++)
        {
            var key = keysIn[s];
            var digit = Digit(key, shape.Shift);
            var to = next[digit];
            next[digit] = to + 1;
            keysOut[to] = key;
            rowsOut[to] = rowsIn[s];
        }
    }

    /// <summary>One thread per block: the sum of its block of values.</summary>
    public static void BlockSums(Index1D index, ArrayView<int> values, ArrayView<int> sums, ScanShape shape)
    {
        int block = index;
        var start = block * shape.Block;
        var end = Math.Min(start + shape.Block, shape.Length);
        var sum = 0;
        for (var i = start; i < end; i++)
        {
            sum += values[i];
        }

        sums[block] = sum;
    }

    /// <summary>One thread per block: an exclusive scan of its block in place, starting from its carry (or zero).</summary>
    public static void BlockExclusiveScan(Index1D index, ArrayView<int> values, ArrayView<int> carries, ScanShape shape)
    {
        int block = index;
        var start = block * shape.Block;
        var end = Math.Min(start + shape.Block, shape.Length);
        var running = shape.HasCarries != 0 ? carries[block] : 0;
        for (var i = start; i < end; i++)
        {
            var value = values[i];
            values[i] = running;
            running += value;
        }
    }

    /// <summary>One thread per (query, chunk of ranks): the sum of its ranks' recursion terms, farthest rank first.</summary>
    public static void SuffixChunkTotals(Index1D index, ArrayView<int> sortedRows, ArrayView<int> trainClasses, ArrayView<int> queryClasses, ArrayView<double> totals, KnnTileShape shape)
    {
        int chunk = index;
        var (start, end) = Run(chunk, shape);
        var query = chunk / shape.ChunkCount;
        var segment = query * shape.TrainCount;
        var label = queryClasses[query];
        var total = 0.0;
        var next = end - segment < shape.TrainCount ? Match(trainClasses[sortedRows[end]], label) : 0.0;
        for (var s = end - 1; s >= start; s--)
        {
            var match = Match(trainClasses[sortedRows[s]], label);
            total = DeviceKernels.Add(total, Term(s - segment, match, next, shape));
            next = match;
        }

        totals[chunk] = total;
    }

    /// <summary>One thread per query: each chunk's carry, the sum of the totals of every farther chunk, farthest first.</summary>
    public static void SegmentSuffixCarries(Index1D index, ArrayView<double> totals, ArrayView<double> carries, KnnTileShape shape)
    {
        int query = index;
        var first = query * shape.ChunkCount;
        var carry = 0.0;
        for (var c = shape.ChunkCount - 1; c >= 0; c--)
        {
            carries[first + c] = carry;
            carry = DeviceKernels.Add(carry, totals[first + c]);
        }
    }

    /// <summary>
    /// One thread per (query, chunk of ranks): the Shapley value at each rank, its carry plus the terms from the chunk's
    /// end down to that rank, written by training row at values[query × n + row].
    /// </summary>
    public static void SuffixValues(Index1D index, ArrayView<int> sortedRows, ArrayView<int> trainClasses, ArrayView<int> queryClasses, ArrayView<double> carries, ArrayView<double> byRow, KnnTileShape shape)
    {
        int chunk = index;
        var (start, end) = Run(chunk, shape);
        var query = chunk / shape.ChunkCount;
        var segment = query * shape.TrainCount;
        var label = queryClasses[query];
        var value = carries[chunk];
        var next = end - segment < shape.TrainCount ? Match(trainClasses[sortedRows[end]], label) : 0.0;
        for (var s = end - 1; s >= start; s--)
        {
            var row = sortedRows[s];
            var match = Match(trainClasses[row], label);
            value = DeviceKernels.Add(value, Term(s - segment, match, next, shape));
            byRow[segment + row] = value;
            next = match;
        }
    }

    /// <summary>One thread per training row: adds the tile's queries' values to the running total, queries in order.</summary>
    public static void Accumulate(Index1D index, ArrayView<double> byRow, ArrayView<double> values, KnnTileShape shape)
    {
        int row = index;
        var sum = values[row];
        for (var q = 0; q < shape.Queries; q++)
        {
            sum = DeviceKernels.Add(sum, byRow[(q * shape.TrainCount) + row]);
        }

        values[row] = sum;
    }

    // The recursion term at 0-based rank r: m_N·c_N at the farthest rank, (m_i − m_(i+1))·c_i before it,
    // c_i = min(K, i)/(i·K) with the 1-based rank i, the same operations as the CPU calculator's.
    private static double Term(int rank, double match, double next, KnnTileShape shape)
    {
        var i = rank + 1;
        var coefficient = Math.Min(shape.K, i) / ((double)i * shape.K);
        var difference = i == shape.TrainCount ? match : match - next;
        return DeviceKernels.Multiply(difference, coefficient);
    }

    private static double Match(int trainClass, int queryClass) => trainClass == queryClass ? 1.0 : 0.0;

    // The slots [start, end) chunk `chunk` owns: chunks never straddle two queries.
    private static (int Start, int End) Run(int chunk, KnnTileShape shape)
    {
        var query = chunk / shape.ChunkCount;
        var within = chunk - (query * shape.ChunkCount);
        var begin = within * shape.Chunk;
        var segment = query * shape.TrainCount;
        return (segment + begin, segment + Math.Min(begin + shape.Chunk, shape.TrainCount));
    }

    private static int Digit(uint key, int shift) => (int)((key >> shift) & (KnnTileShape.Buckets - 1));

    // Counts are laid out (query, bucket, chunk) so one flat exclusive scan orders them query, then digit, then run.
    private static int CountSlot(int chunk, int bucket, KnnTileShape shape)
    {
        var query = chunk / shape.ChunkCount;
        var within = chunk - (query * shape.ChunkCount);
        return (((query * KnnTileShape.Buckets) + bucket) * shape.ChunkCount) + within;
    }

    private static float Step(float sum, float x, float q)
    {
        var diff = x - q;
        return DeviceKernels.Add(sum, DeviceKernels.Multiply(diff, diff));
    }

    private static void Store(ArrayView<uint> keys, KnnTileShape shape, int query, int row, float sum)
    {
        if (query >= shape.Queries)
        {
            return;
        }

        var bits = (uint)Interop.FloatAsInt(sum) & DistanceKey.MagnitudeMask;
        if (bits > DistanceKey.InfinityBits)
        {
            bits = DistanceKey.CanonicalNaNBits;
        }

        keys[((long)query * shape.TrainCount) + row] = bits;
    }
}
