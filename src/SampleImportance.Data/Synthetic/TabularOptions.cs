namespace SampleImportance.Data.Synthetic;

/// <summary>Settings of <c>synthetic/tabular</c>; defaults match <see cref="DataSourceCatalog"/>.</summary>
internal sealed class TabularOptions
{
    /// <summary>Total rows before splitting. Default 400.</summary>
    public int Rows { get; init; } = 400;

    /// <summary>Dense features per row. Default 8.</summary>
    public int Features { get; init; } = 8;

    /// <summary>Distance between the two class means, in standard deviations. Default 1.5.</summary>
    public double Separation { get; init; } = 1.5;
}
