namespace SampleImportance.Kernels;

/// <summary>One level of the device's exclusive integer scan: <see cref="Length"/> values in blocks of <see cref="Block"/>, one thread per block.</summary>
/// <param name="length">Values scanned at this level.</param>
/// <param name="block">Values per thread.</param>
/// <param name="hasCarries">Whether each block starts from a carry (false at the top level, which is one block).</param>
internal readonly struct ScanShape(int length, int block, bool hasCarries)
{
    /// <summary>Values scanned at this level.</summary>
    public readonly int Length = length;

    /// <summary>Values per thread.</summary>
    public readonly int Block = block;

    /// <summary>1 when each block starts from carries[block], 0 when from zero.</summary>
    public readonly int HasCarries = hasCarries ? 1 : 0;
}
