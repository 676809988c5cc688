namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>A synthetic search log: catalogue, queries, sessions and their impressions with clicks and purchases.
/// Impressions are stored session by session, in position order.</summary>
public sealed class EcommerceSearchLog
{
    /// <summary>Creates a log. Impressions must be grouped by session as <see cref="SearchSession"/> describes.</summary>
    /// <param name="queries">Queries by id.</param>
    /// <param name="products">Products by id.</param>
    /// <param name="sessions">Sessions by id.</param>
    /// <param name="impressions">Every impression, session by session.</param>
    public EcommerceSearchLog(IReadOnlyList<SearchQuery> queries, IReadOnlyList<CatalogProduct> products, IReadOnlyList<SearchSession> sessions, IReadOnlyList<SearchImpression> impressions)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(products);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(impressions);
        Queries = queries;
        Products = products;
        Sessions = sessions;
        Impressions = impressions;
        Clicks = [.. impressions.Where(i => i.Clicked)];
        Purchases = [.. impressions.Where(i => i.Purchased)];
    }

    /// <summary>Queries by id.</summary>
    public IReadOnlyList<SearchQuery> Queries { get; }

    /// <summary>Products by id.</summary>
    public IReadOnlyList<CatalogProduct> Products { get; }

    /// <summary>Sessions by id.</summary>
    public IReadOnlyList<SearchSession> Sessions { get; }

    /// <summary>Every impression, session by session, in position order.</summary>
    public IReadOnlyList<SearchImpression> Impressions { get; }

    /// <summary>The clicked impressions, in log order.</summary>
    public IReadOnlyList<SearchImpression> Clicks { get; }

    /// <summary>The purchased impressions (a subset of <see cref="Clicks"/>), in log order.</summary>
    public IReadOnlyList<SearchImpression> Purchases { get; }

    /// <summary>The impressions of one session, in position order.</summary>
    /// <param name="session">A session of this log.</param>
    public IEnumerable<SearchImpression> ImpressionsOf(SearchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Impressions.Skip(session.FirstImpression).Take(session.ImpressionCount);
    }
}
