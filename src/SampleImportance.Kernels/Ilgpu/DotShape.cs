namespace SampleImportance.Kernels;

/// <summary>Sizes passed to the dot-product kernel.</summary>
/// <param name="rightRows">Rows of the right matrix: the row length of the products.</param>
/// <param name="width">Values per row of both matrices.</param>
internal readonly struct DotShape(int rightRows, int width)
{
    /// <summary>Rows of the right matrix.</summary>
    public readonly int RightRows = rightRows;

    /// <summary>Values per row of both matrices.</summary>
    public readonly int Width = width;
}
