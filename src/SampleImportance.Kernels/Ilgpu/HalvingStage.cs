namespace SampleImportance.Kernels;

/// <summary>
/// One halving step of the device top-k: rows of <see cref="RowLength"/> keys made of sorted chunks of
/// <see cref="Chunk"/> keys, ascending and descending in turn, shrink to rows of half the length.
/// </summary>
/// <param name="rowLength">Keys per row before the step (a power of two, at least 2 × chunk).</param>
/// <param name="chunk">Keys per sorted chunk: min(k, n) rounded up to a power of two.</param>
internal readonly struct HalvingStage(int rowLength, int chunk)
{
    /// <summary>Keys per row before the step.</summary>
    public readonly int RowLength = rowLength;

    /// <summary>Keys per sorted chunk.</summary>
    public readonly int Chunk = chunk;
}
