using SampleImportance.Data.Randomness;

namespace SampleImportance.Data.Synthetic.Ecommerce;

/// <summary>Generates a small, realistic search log. Each session picks a query (Zipf popularity); retrieval keeps the
/// products closest to the query's intent; a production ranker orders them by a noisy score and shows the top page.
/// The user examines position p with probability 1 / p^bias (position-based model) or scans down until a satisfied
/// click (cascade model, Craswell et al. 2008). An examined result is clicked when attracted: a sharp function of
/// true relevance and rating for honest products, the product's appeal for clickbait ones; or, not attracted, out of
/// trust with probability trust-bias / p (Agarwal et al. 2019). A click satisfies with a probability that grows with
/// relevance; satisfied clicks dwell long and may convert (more with rating, less with price), unsatisfied ones bounce.</summary>
public static class EcommerceSearchGenerator
{
    /// <summary>Embedding width of queries and products.</summary>
    public const int EmbeddingDimension = 8;

    // Model constants, tuned so that with the defaults ~20% of impressions are clicked (CTR ~0.78 at position 1,
    // ~0.13 at position 5) and clicks are learnable from the logged features: over 300 seeds a logistic regression
    // on the clean train split averages 0.84 test AUC against 0.80 for position alone. The ranker is noisy enough
    // to show some poor matches, and attraction is sharp in relevance, so a page mixes easy positives and negatives.
    private const double ZipfExponent = 1.0;
    private const double RankerNoise = 0.3;
    private const double RankerPopularityWeight = 0.05;
    private const double AttractionSlope = 30.0;
    private const double AttractionThreshold = 0.52;
    private const double AttractionRatingWeight = 2.5;
    private const double PurchaseBase = -0.5;
    private const double PurchaseRatingWeight = 1.5;
    private const double PurchasePriceWeight = 1.0;
    // Snippets oversell: a click satisfies only well above the relevance that attracts it, so about a quarter of clicks bounce.
    private const double SatisfactionThreshold = 0.6;
    private const double SatisfiedDwellSeconds = 60;
    private const double BounceDwellSeconds = 6;
    private const double DwellSpread = 0.5;

    /// <summary>Generates a log. Same options and same <paramref name="random"/> state ⇒ same log.</summary>
    /// <param name="options">Sizes and position bias.</param>
    /// <param name="random">Seeded source; the only randomness used.</param>
    public static EcommerceSearchLog Generate(EcommerceSearchOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Queries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Products, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Sessions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.PositionBias);
        ArgumentOutOfRangeException.ThrowIfNegative(options.TrustBias);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Clickbait);
        var cascade = options.ClickModel == EcommerceSearchOptions.Cascade;

        var queries = MakeQueries(options.Queries, random);
        var products = MakeProducts(options.Products, options.Clickbait, random);
        var logPopularity = products.Select(p => Math.Log(1 + p.Popularity)).ToArray();
        var popularityMean = logPopularity.Average();
        var popularitySd = Math.Sqrt(logPopularity.Select(v => (v - popularityMean) * (v - popularityMean)).Average());
        var popularityZ = logPopularity.Select(v => popularitySd > 0 ? (v - popularityMean) / popularitySd : 0).ToArray();
        var medianLogPrice = Median(products.Select(p => Math.Log(p.Price)));

        var cumulative = new double[queries.Length];
        var sum = 0.0;
        for (var q = 0; q < queries.Length; q++)
        {
            sum += queries[q].Popularity;
            cumulative[q] = sum;
        }

        var poolSize = Math.Min(options.Products, Math.Max(10 * options.PageSize, 100));
        var pageSize = Math.Min(options.PageSize, options.Products);
        var pools = new Dictionary<int, (int[] Ids, double[] Relevance)>();
        var sessions = new SearchSession[options.Sessions];
        var impressions = new List<SearchImpression>(options.Sessions * pageSize);
        var score = new double[poolSize];
        var order = new int[poolSize];
        for (var s = 0; s < options.Sessions; s++)
        {
            var queryId = PickQuery(cumulative, random);
            if (!pools.TryGetValue(queryId, out var pool))
            {
                pool = Retrieve(queries[queryId], products, poolSize);
                pools[queryId] = pool;
            }

            for (var c = 0; c < poolSize; c++)
            {
                score[c] = pool.Relevance[c] + (RankerPopularityWeight * popularityZ[pool.Ids[c]]) + (RankerNoise * DataRandom.Gaussian(random));
                order[c] = c;
            }

            // Descending score, candidate index breaks ties so the order never depends on the sort algorithm.
            Array.Sort(order, (a, b) => score[a] != score[b] ? score[b].CompareTo(score[a]) : a.CompareTo(b));
            sessions[s] = new SearchSession(s, queryId, impressions.Count, pageSize);
            var stopped = false;
            for (var position = 1; position <= pageSize; position++)
            {
                var candidate = order[position - 1];
                var product = products[pool.Ids[candidate]];
                var relevance = pool.Relevance[candidate];

                // Every draw is made whatever the branch, so one option never shifts the stream of another.
                var examineDraw = random.NextDouble();
                var attractDraw = random.NextDouble();
                var trustDraw = random.NextDouble();
                var satisfyDraw = random.NextDouble();
                var buyDraw = random.NextDouble();
                var dwellNoise = DataRandom.Gaussian(random);
                var examined = cascade ? !stopped : examineDraw < Math.Pow(position, -options.PositionBias);
                var attraction = product.Clickbait
                    ? product.Appeal
                    : Sigmoid((AttractionSlope * (relevance - AttractionThreshold)) + (AttractionRatingWeight * (product.Rating - 4.0)));
                var attracted = attractDraw < attraction;
                var trusted = !attracted && trustDraw < options.TrustBias / position;
                var clicked = examined && (attracted || trusted);
                var satisfied = clicked && satisfyDraw < Sigmoid(AttractionSlope * (relevance - SatisfactionThreshold));
                var buy = Sigmoid(PurchaseBase + (PurchaseRatingWeight * (product.Rating - 4.0)) - (PurchasePriceWeight * (Math.Log(product.Price) - medianLogPrice)));
                var purchased = satisfied && buyDraw < buy;
                var dwell = clicked ? Math.Max(1, (int)Math.Round((satisfied ? SatisfiedDwellSeconds : BounceDwellSeconds) * Math.Exp(DwellSpread * dwellNoise))) : 0;
                stopped |= satisfied;
                impressions.Add(new SearchImpression(s, queryId, product.Id, position, examined, clicked, purchased, relevance, GradeOf(relevance), satisfied, dwell, clicked && trusted));
            }
        }

        return new EcommerceSearchLog(queries, products, sessions, impressions);
    }

    /// <summary>Graded relevance 0–3 of a query–product cosine: 3 above 0.7, 2 above 0.55 (about where attraction
    /// reaches one half), 1 above 0.4, else 0.</summary>
    public static int GradeOf(double relevance) => relevance switch
    {
        >= 0.7 => 3,
        >= 0.55 => 2,
        >= 0.4 => 1,
        _ => 0,
    };

    /// <summary>Cosine of two unit embeddings.</summary>
    internal static double Cosine(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        var dot = 0.0;
        for (var i = 0; i < a.Count; i++)
        {
            dot += a[i] * (double)b[i];
        }

        return dot;
    }

    private static SearchQuery[] MakeQueries(int count, Random random)
    {
        var weights = Enumerable.Range(0, count).Select(i => Math.Pow(i + 1, -ZipfExponent)).ToArray();
        var total = weights.Sum();
        return [.. Enumerable.Range(0, count).Select(i => new SearchQuery(i, UnitVector(random), weights[i] / total))];
    }

    private static CatalogProduct[] MakeProducts(int count, double clickbaitShare, Random random)
    {
        var products = new CatalogProduct[count];
        for (var i = 0; i < count; i++)
        {
            var embedding = UnitVector(random);
            var price = Math.Round(Math.Exp(3.2 + (0.7 * DataRandom.Gaussian(random))), 2);
            var rating = Math.Round(Math.Clamp(4.0 + (0.5 * DataRandom.Gaussian(random)), 1.0, 5.0), 1);
            var popularity = (int)Math.Round(Math.Exp(4.0 + (1.2 * DataRandom.Gaussian(random)) + (0.5 * (rating - 4.0))));
            // Clickbait listings look tempting (appeal 0.4–0.9) whatever the query; honest ones less so (0–0.4).
            var clickbait = random.NextDouble() < clickbaitShare;
            var appeal = clickbait ? 0.4 + (0.5 * random.NextDouble()) : 0.4 * random.NextDouble();
            products[i] = new CatalogProduct(i, embedding, Math.Max(price, 0.01), rating, popularity, appeal, clickbait);
        }

        return products;
    }

    private static float[] UnitVector(Random random)
    {
        var v = new double[EmbeddingDimension];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = DataRandom.Gaussian(random);
        }

        var norm = Math.Sqrt(v.Sum(x => x * x));
        return [.. v.Select((x, i) => (float)(norm > 0 ? x / norm : (i == 0 ? 1 : 0)))];
    }

    private static int PickQuery(double[] cumulative, Random random)
    {
        var u = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, u);
        return Math.Min(index >= 0 ? index + 1 : ~index, cumulative.Length - 1);
    }

    /// <summary>Retrieval: the <paramref name="poolSize"/> products most relevant to the query, with their relevance.</summary>
    private static (int[] Ids, double[] Relevance) Retrieve(SearchQuery query, CatalogProduct[] products, int poolSize)
    {
        var relevance = products.Select(p => Cosine(query.Embedding, p.Embedding)).ToArray();
        var ids = Enumerable.Range(0, products.Length).ToArray();
        Array.Sort(ids, (a, b) => relevance[a] != relevance[b] ? relevance[b].CompareTo(relevance[a]) : a.CompareTo(b));
        var kept = ids.AsSpan(0, poolSize).ToArray();
        return (kept, [.. kept.Select(id => relevance[id])]);
    }

    private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
