namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>A product of the synthetic catalogue.</summary>
/// <param name="Id">Product id, 0-based.</param>
/// <param name="Embedding">Unit-length content embedding; relevance to a query is the cosine of the two embeddings.</param>
/// <param name="Price">Price in currency units (log-normal, rounded to cents).</param>
/// <param name="Rating">Average review rating in [1, 5], one decimal.</param>
/// <param name="Popularity">Historical view count (log-normal, higher for better-rated products).</param>
/// <param name="Appeal">How tempting the listing looks (title, thumbnail) in [0, 1], whatever the query: the click
/// probability of a clickbait product. Honest products draw it too (lower), so it can weight clickbait noise.</param>
/// <param name="Clickbait">True when the product's attractiveness is its <paramref name="Appeal"/>, decoupled from relevance.</param>
public sealed record CatalogProduct(int Id, IReadOnlyList<float> Embedding, double Price, double Rating, int Popularity, double Appeal = 0, bool Clickbait = false);
