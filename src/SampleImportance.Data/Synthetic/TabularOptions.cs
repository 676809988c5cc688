namespace SampleImportance.Data.Synthetic;

/// <summary>Settings of <c>synthetic/tabular</c>; the one place their defaults are written (the source's descriptor reads them).</summary>
internal sealed class TabularOptions
{
    /// <summary>Total rows before splitting. Default 400.</summary>
    public int Rows { get; set; } = 400;

    /// <summary>Dense features per row. Default 8.</summary>
    public int Features { get; set; } = 8;

    /// <summary>Distance between the two class means, in standard deviations. Default 1.5.</summary>
    public double Separation { get; set; } = 1.5;
}
