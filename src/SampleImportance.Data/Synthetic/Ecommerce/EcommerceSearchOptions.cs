namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>Settings of the <c>synthetic/ecommerce-search</c> generator; the one place their defaults are written (the source's descriptor reads them).</summary>
public sealed class EcommerceSearchOptions
{
    /// <summary>Distinct queries; query 0 is the most popular (Zipf). Default 40.</summary>
    public int Queries { get; set; } = 40;

    /// <summary>Products in the catalogue. Default 400.</summary>
    public int Products { get; set; } = 400;

    /// <summary>Search sessions; each shows one result page. Default 60.</summary>
    public int Sessions { get; set; } = 60;

    /// <summary>Results shown per session (capped at <see cref="Products"/>). Default 10.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>Exponent b of the examination probability 1 / position^b; 0 means every result is examined. Default 1.0.</summary>
    public double PositionBias { get; set; } = 1.0;
}
