namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>A query of the synthetic search log.</summary>
/// <param name="Id">Query id, 0-based; lower ids are more popular.</param>
/// <param name="Embedding">Unit-length intent embedding.</param>
/// <param name="Popularity">Probability that a session issues this query (Zipf); all queries sum to 1.</param>
public sealed record SearchQuery(int Id, IReadOnlyList<float> Embedding, double Popularity);
