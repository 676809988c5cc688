namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>One product shown at one position of one session, and what the user did with it.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="QueryId">The session's query.</param>
/// <param name="ProductId">The product shown.</param>
/// <param name="Position">1-based rank on the page.</param>
/// <param name="Examined">Ground truth: the user looked at this result (probability 1 / position^bias). Not observable in real logs.</param>
/// <param name="Clicked">Examined and attracted.</param>
/// <param name="Purchased">Clicked and bought.</param>
public sealed record SearchImpression(int SessionId, int QueryId, int ProductId, int Position, bool Examined, bool Clicked, bool Purchased);
