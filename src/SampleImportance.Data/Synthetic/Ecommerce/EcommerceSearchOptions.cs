namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>Settings of the <c>synthetic/ecommerce-search</c> generator; defaults match <see cref="DataSourceCatalog"/>.</summary>
public sealed class EcommerceSearchOptions
{
    /// <summary>Distinct queries; query 0 is the most popular (Zipf). Default 40.</summary>
    public int Queries { get; init; } = 40;

    /// <summary>Products in the catalogue. Default 400.</summary>
    public int Products { get; init; } = 400;

    /// <summary>Search sessions; each shows one result page. Default 60.</summary>
    public int Sessions { get; init; } = 60;

    /// <summary>Results shown per session (capped at <see cref="Products"/>). Default 10.</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>Exponent b of the examination probability 1 / position^b; 0 means every result is examined. Default 1.0.</summary>
    public double PositionBias { get; init; } = 1.0;
}
