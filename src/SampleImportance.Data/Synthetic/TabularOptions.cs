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

    /// <summary>Share of rows in class 1: round(rate × rows) ones. Default 0.5 (balanced, ⌊n/2⌋ ones); lower it to
    /// test that detection on imbalanced data does not reward reading the label.</summary>
    public double PositiveRate { get; set; } = 0.5;
}
