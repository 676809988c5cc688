namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>Settings of the <c>synthetic/ecommerce-search</c> generator; the one place their defaults are written (the source's descriptor reads them).</summary>
public sealed class EcommerceSearchOptions
{
    /// <summary>The position-based click model: examination 1 / position^bias, independent of other results.</summary>
    public const string PositionBased = "position-based";

    /// <summary>The cascade click model (Craswell et al. 2008): the user scans down and stops after a satisfied click.</summary>
    public const string Cascade = "cascade";

    /// <summary>Test split labelled with clicks, as the training rows.</summary>
    public const string ClickLabels = "clicks";

    /// <summary>Test split labelled with graded true relevance 0–3, for ranking metrics such as ndcg@10.</summary>
    public const string RelevanceLabels = "relevance";

    /// <summary>Distinct queries; query 0 is the most popular (Zipf). Default 40.</summary>
    public int Queries { get; set; } = 40;

    /// <summary>Products in the catalogue. Default 400.</summary>
    public int Products { get; set; } = 400;

    /// <summary>Search sessions; each shows one result page. Default 60.</summary>
    public int Sessions { get; set; } = 60;

    /// <summary>Results shown per session (capped at <see cref="Products"/>). Default 10.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>Exponent b of the examination probability 1 / position^b (position-based model only); 0 means every result is examined. Default 1.0.</summary>
    public double PositionBias { get; set; } = 1.0;

    /// <summary>Standard deviation of the Gaussian noise on the <c>text-match</c> feature (the logged proxy of true relevance). Default 0.05.</summary>
    public double TextMatchNoise { get; set; } = 0.05;

    /// <summary><see cref="PositionBased"/> (default) or <see cref="Cascade"/>.</summary>
    public string ClickModel { get; set; } = PositionBased;

    /// <summary>Trust bias (Agarwal et al. 2019): an examined result that does not attract is still clicked with
    /// probability trust-bias / position. Default 0.2.</summary>
    public double TrustBias { get; set; } = 0.2;

    /// <summary>Share of products whose attractiveness is their appeal, decoupled from relevance. Default 0.2.</summary>
    public double Clickbait { get; set; } = 0.2;

    /// <summary>Labels of the test split: <see cref="ClickLabels"/> (default) or <see cref="RelevanceLabels"/>.</summary>
    public string TestLabels { get; set; } = ClickLabels;
}
