namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>One product shown at one position of one session, and what the user did with it.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="QueryId">The session's query.</param>
/// <param name="ProductId">The product shown.</param>
/// <param name="Position">1-based rank on the page.</param>
/// <param name="Examined">Ground truth: the user looked at this result. Not observable in real logs.</param>
/// <param name="Clicked">Examined, and attracted or clicked out of trust in the top positions.</param>
/// <param name="Purchased">Clicked, satisfied and bought.</param>
/// <param name="Relevance">Ground truth: cosine of query and product embeddings.</param>
/// <param name="Grade">Ground truth graded relevance 0–3 (<see cref="EcommerceSearchGenerator.GradeOf"/>).</param>
/// <param name="Satisfied">Clicked and found what was wanted (drawn from relevance); a satisfied click ends a cascade.</param>
/// <param name="DwellSeconds">Seconds on the product page after a click (long when satisfied, short otherwise); 0 without a click.</param>
/// <param name="TrustClick">Ground truth: clicked although not attracted, out of trust in the ranking (trust bias).</param>
public sealed record SearchImpression(
    int SessionId,
    int QueryId,
    int ProductId,
    int Position,
    bool Examined,
    bool Clicked,
    bool Purchased,
    double Relevance = 0,
    int Grade = 0,
    bool Satisfied = false,
    int DwellSeconds = 0,
    bool TrustClick = false);
