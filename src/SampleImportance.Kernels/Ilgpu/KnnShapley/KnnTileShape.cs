namespace SampleImportance.Kernels;

/// <summary>
/// Sizes of one device KNN-Shapley tile: <see cref="Queries"/> query rows, each a segment of <see cref="TrainCount"/>
/// slots laid out query-major (slot = query × n + row), processed by threads that each own <see cref="Chunk"/>
/// consecutive slots of one segment.
/// </summary>
/// <param name="trainCount">Training rows n (the segment length).</param>
/// <param name="featureCount">Features per row d.</param>
/// <param name="queries">Query rows (segments) in this tile.</param>
/// <param name="chunk">Consecutive slots one thread owns.</param>
/// <param name="k">Neighbours K.</param>
/// <param name="shift">Bit position of the radix digit a sort pass reads.</param>
internal readonly struct KnnTileShape(int trainCount, int featureCount, int queries, int chunk, int k, int shift)
{
    /// <summary>Radix digit width of one sort pass.</summary>
    public const int DigitBits = 4;

    /// <summary>Buckets per sort pass.</summary>
    public const int Buckets = 1 << DigitBits;

    /// <summary>Queries one distance thread computes at once (the training row is read once for all of them).</summary>
    public const int QueriesPerThread = 8;

    /// <summary>Training rows n.</summary>
    public readonly int TrainCount = trainCount;

    /// <summary>Features per row d.</summary>
    public readonly int FeatureCount = featureCount;

    /// <summary>Query rows in this tile.</summary>
    public readonly int Queries = queries;

    /// <summary>Consecutive slots per thread.</summary>
    public readonly int Chunk = chunk;

    /// <summary>Chunks per segment: ⌈n / chunk⌉.</summary>
    public readonly int ChunkCount = (trainCount + chunk - 1) / chunk;

    /// <summary>Neighbours K.</summary>
    public readonly int K = k;

    /// <summary>Bit position of the radix digit of this pass.</summary>
    public readonly int Shift = shift;

    /// <summary>The same tile, read by threads owning <paramref name="slots"/> slots each.</summary>
    public KnnTileShape WithChunk(int slots) => new(TrainCount, FeatureCount, Queries, slots, K, Shift);

    /// <summary>The same tile at radix digit position <paramref name="bit"/>.</summary>
    public KnnTileShape WithShift(int bit) => new(TrainCount, FeatureCount, Queries, Chunk, K, bit);
}
