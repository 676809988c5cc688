using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;

namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>Turns a search log into a click-prediction <see cref="SampleSet"/>: one row per impression (log order),
/// label = clicked (0/1), group = query id. Features use only what a real log would hold at serving time, so
/// neither the click nor the purchase leaks in:
/// <list type="number">
/// <item><c>text-match</c>: cosine of query and product embeddings plus Gaussian noise (sd <c>text-match-noise</c>): a
/// lexical/semantic match score a search engine logs, not the true relevance the clicks are drawn from.</item>
/// <item><c>rating</c>: the product's rating, 1–5.</item>
/// <item><c>log-price</c>: ln(price).</item>
/// <item><c>log-popularity</c>: ln(1 + view count).</item>
/// <item><c>position-discount</c>: 1 / log2(position + 1).</item>
/// <item><c>query-popularity</c>: ln(queries × the query's share of traffic); 0 for an average query.</item>
/// <item><c>relative-price</c>: ln(price) minus the median ln(price) of the same result page.</item>
/// </list></summary>
public static class EcommerceSearchFeatures
{
    /// <summary>Id column: 1-based rank on the page.</summary>
    public const string PositionColumn = "position";

    /// <summary>Id column: 1 when the click converted.</summary>
    public const string PurchasedColumn = "purchased";

    /// <summary>Id column: seconds on the product page after a click, 0 without one.</summary>
    public const string DwellColumn = "dwell";

    /// <summary>Id column: graded true relevance 0–3.</summary>
    public const string GradeColumn = "grade";

    /// <summary>Id column: the product's appeal in percent (high for clickbait).</summary>
    public const string AppealColumn = "appeal";

    /// <summary>Feature names in column order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
        ["text-match", "rating", "log-price", "log-popularity", "position-discount", "query-popularity", "relative-price"];

    /// <summary>One row per impression; see the type's remarks for the features. Beside query, session and item, the id
    /// columns carry what corruptions and ranking metrics read but features must not: <c>position</c>,
    /// <c>purchased</c> (0/1), <c>dwell</c> (seconds, 0 without a click), <c>grade</c> (true relevance 0–3) and
    /// <c>appeal</c> (the product's appeal in percent).</summary>
    /// <param name="log">The log to map.</param>
    /// <param name="textMatchNoise">Standard deviation of the noise on <c>text-match</c>.</param>
    /// <param name="random">Draws the text-match noise, row by row in log order.</param>
    public static SampleSet ToSampleSet(EcommerceSearchLog log, double textMatchNoise, Random random)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(random);
        var width = FeatureNames.Count;
        var rows = log.Impressions.Count;
        var features = new float[rows * width];
        var labels = new double[rows];
        var groups = new int[rows];
        var sessions = new int[rows];
        var items = new int[rows];
        var positions = new int[rows];
        var purchased = new int[rows];
        var dwell = new int[rows];
        var grades = new int[rows];
        var appeal = new int[rows];
        foreach (var session in log.Sessions)
        {
            var query = log.Queries[session.QueryId];
            var pageMedian = EcommerceSearchGenerator.Median(log.ImpressionsOf(session).Select(i => Math.Log(log.Products[i.ProductId].Price)));
            var queryPopularity = Math.Log(log.Queries.Count * query.Popularity);
            for (var k = 0; k < session.ImpressionCount; k++)
            {
                var row = session.FirstImpression + k;
                var impression = log.Impressions[row];
                var product = log.Products[impression.ProductId];
                var f = features.AsSpan(row * width, width);
                f[0] = (float)(impression.Relevance + (textMatchNoise * DataRandom.Gaussian(random)));
                f[1] = (float)product.Rating;
                f[2] = (float)Math.Log(product.Price);
                f[3] = (float)Math.Log(1 + product.Popularity);
                f[4] = (float)(1.0 / Math.Log2(impression.Position + 1));
                f[5] = (float)queryPopularity;
                f[6] = (float)(Math.Log(product.Price) - pageMedian);
                labels[row] = impression.Clicked ? 1 : 0;
                groups[row] = impression.QueryId;
                sessions[row] = impression.SessionId;
                items[row] = impression.ProductId;
                positions[row] = impression.Position;
                purchased[row] = impression.Purchased ? 1 : 0;
                dwell[row] = impression.DwellSeconds;
                grades[row] = impression.Grade;
                appeal[row] = (int)Math.Round(100 * product.Appeal);
            }
        }

        // Id columns are units of value: a session, a query or a product can be valued as a whole.
        var columns = new Dictionary<string, int[]>(StringComparer.Ordinal)
        {
            ["query"] = groups,
            ["session"] = sessions,
            ["item"] = items,
            [PositionColumn] = positions,
            [PurchasedColumn] = purchased,
            [DwellColumn] = dwell,
            [GradeColumn] = grades,
            [AppealColumn] = appeal,
        };
        return new SampleSet(features, width, labels, groups, featureNames: FeatureNames, columns: columns);
    }
}
