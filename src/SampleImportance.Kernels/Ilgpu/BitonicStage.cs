namespace SampleImportance.Kernels;

/// <summary>One (k, j) stage of a bitonic sorting network over power-of-two rows.</summary>
/// <param name="paddedCount">Length of one row (a power of two).</param>
/// <param name="block">k: the size of the bitonic sequences being merged.</param>
/// <param name="distance">j: the distance between compared elements.</param>
internal readonly struct BitonicStage(int paddedCount, int block, int distance)
{
    /// <summary>Length of one row (a power of two).</summary>
    public readonly int PaddedCount = paddedCount;

    /// <summary>k: the size of the bitonic sequences being merged.</summary>
    public readonly int Block = block;

    /// <summary>j: the distance between compared elements.</summary>
    public readonly int Distance = distance;
}
