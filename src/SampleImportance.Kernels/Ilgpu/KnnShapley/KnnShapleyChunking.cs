namespace SampleImportance.Kernels;

/// <summary>How much work one device thread of the KNN-Shapley kernels owns. Tests shrink it so that small inputs still
/// cross many chunks and every level of the scan.</summary>
/// <param name="SortChunk">Consecutive slots one sort thread counts and scatters.</param>
/// <param name="SuffixChunk">Consecutive ranks one recursion thread sums.</param>
/// <param name="ScanBlock">Counts one scan thread sums.</param>
internal readonly record struct KnnShapleyChunking(int SortChunk, int SuffixChunk, int ScanBlock)
{
    /// <summary>The production sizes: 64 slots per sort thread (16 counts per 64 keys), 256 ranks, 1,024 counts.</summary>
    public static KnnShapleyChunking Default { get; } = new(64, 256, 1024);
}
