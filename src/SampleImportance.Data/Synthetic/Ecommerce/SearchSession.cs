namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>One search: a query and the result page shown for it.</summary>
/// <param name="Id">Session id, 0-based, in log order.</param>
/// <param name="QueryId">The query issued.</param>
/// <param name="FirstImpression">Index of the session's first impression in <see cref="EcommerceSearchLog.Impressions"/>.</param>
/// <param name="ImpressionCount">Results shown (the page size, or the catalogue size when smaller).</param>
public sealed record SearchSession(int Id, int QueryId, int FirstImpression, int ImpressionCount);
