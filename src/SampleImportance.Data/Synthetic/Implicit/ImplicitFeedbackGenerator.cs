using SampleImportance.Data.Randomness;

namespace SampleImportance.Data.Synthetic.Implicit;

/// <summary>
/// Generates implicit feedback from latent factors with popularity bias. Users and items get standard normal factor
/// vectors; items get a power-law popularity (rank r weighs r^−s over a random order of the catalogue). A user chooses
/// item i with probability ∝ popularity(i) · exp(taste · (intent · qᵢ) / √factors), where the intent is the user's factors
/// (history) or the user's factors plus a small session drift (logged sessions). Each user first builds a history (its
/// length log-normal around <see cref="ImplicitFeedbackOptions.HistoryInteractions"/>, items may repeat) from which
/// features are computed, then logs <see cref="ImplicitFeedbackOptions.SessionsPerUser"/> sessions of distinct items.
/// <para>Negative sampling: each interaction of a logged session adds
/// <see cref="ImplicitFeedbackOptions.NegativesPerPositive"/> negatives to the same session, drawn uniformly (as BPR
/// samples them, Rendle et al. 2009) among items the user never interacts with in its logged sessions, without
/// repeats within the session. Every session therefore holds the same share of positives, so no session can be told
/// apart by its labels alone.</para>
/// </summary>
public static class ImplicitFeedbackGenerator
{
    // A session's intent drifts a little from the user's taste, so sessions of one user differ.
    private const double SessionDrift = 0.5;

    // Spread of log-activity between users (σ of the log-normal history length).
    private const double ActivitySpread = 0.5;

    /// <summary>Generates a log. Same options and same <paramref name="random"/> state ⇒ same log.</summary>
    /// <param name="options">Sizes, popularity exponent, taste strength and negative sampling.</param>
    /// <param name="random">Seeded source; the only randomness used.</param>
    public static ImplicitFeedbackLog Generate(ImplicitFeedbackOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Users, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Items, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Factors, 1);
        var perSession = Math.Clamp(options.InteractionsPerSession, 1, options.Items / 2);
        var f = options.Factors;
        var itemFactors = Enumerable.Range(0, options.Items).Select(_ => Vector(f, random)).ToArray();
        var userFactors = Enumerable.Range(0, options.Users).Select(_ => Vector(f, random)).ToArray();
        var order = Enumerable.Range(0, options.Items).ToArray();
        DataRandom.Shuffle(order.AsSpan(), random);
        var logPopularity = new double[options.Items];
        for (var rank = 0; rank < order.Length; rank++)
        {
            logPopularity[order[rank]] = -options.PopularityExponent * Math.Log(rank + 1);
        }

        var categories = itemFactors.Select(q => Array.IndexOf(q, q.Max())).ToArray();
        var itemHistory = new int[options.Items];
        var userHistory = new int[options.Users][];
        var userItemHistory = new Dictionary<int, int>[options.Users];
        var candidates = new List<FeedbackCandidate>();
        var session = 0;
        for (var u = 0; u < options.Users; u++)
        {
            userHistory[u] = new int[f];
            userItemHistory[u] = [];
            var weights = ChoiceWeights(userFactors[u], itemFactors, logPopularity, options.TasteStrength);
            var length = Math.Max(1, (int)Math.Round(options.HistoryInteractions * Math.Exp((ActivitySpread * DataRandom.Gaussian(random)) - (ActivitySpread * ActivitySpread / 2))));
            for (var h = 0; h < length; h++)
            {
                var item = Draw(weights, random);
                itemHistory[item]++;
                userHistory[u][categories[item]]++;
                userItemHistory[u][item] = userItemHistory[u].GetValueOrDefault(item) + 1;
            }

            var sessions = new List<int[]>();
            var interacted = new HashSet<int>();
            for (var s = 0; s < options.SessionsPerUser; s++)
            {
                var intent = userFactors[u].Select(x => x + (SessionDrift * DataRandom.Gaussian(random))).ToArray();
                var sessionWeights = ChoiceWeights(intent, itemFactors, logPopularity, options.TasteStrength);
                var items = new int[perSession];
                for (var k = 0; k < perSession; k++)
                {
                    items[k] = Draw(sessionWeights, random);
                    sessionWeights[items[k]] = 0; // distinct items within a session
                }

                sessions.Add(items);
                interacted.UnionWith(items);
            }

            var pool = Enumerable.Range(0, options.Items).Where(i => !interacted.Contains(i)).ToArray();
            foreach (var items in sessions)
            {
                candidates.AddRange(items.Select(i => new FeedbackCandidate(u, i, session, true)));
                var negatives = DataRandom.Choose(pool, Math.Min(pool.Length, items.Length * options.NegativesPerPositive), random);
                candidates.AddRange(negatives.Select(i => new FeedbackCandidate(u, i, session, false)));
                session++;
            }
        }

        return new ImplicitFeedbackLog(candidates, categories, itemHistory, userHistory, userItemHistory, userFactors, itemFactors);
    }

    private static double[] Vector(int dimension, Random random) => Enumerable.Range(0, dimension).Select(_ => DataRandom.Gaussian(random)).ToArray();

    /// <summary>popularity(i) · exp(taste · intent·qᵢ / √f), shifted by the largest exponent so nothing overflows.</summary>
    private static double[] ChoiceWeights(double[] intent, double[][] items, double[] logPopularity, double taste)
    {
        var scale = taste / Math.Sqrt(intent.Length);
        var exponents = new double[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var dot = 0.0;
            for (var k = 0; k < intent.Length; k++)
            {
                dot += intent[k] * items[i][k];
            }

            exponents[i] = logPopularity[i] + (scale * dot);
        }

        var max = exponents.Max();
        return exponents.Select(e => Math.Exp(e - max)).ToArray();
    }

    private static int Draw(double[] weights, Random random)
    {
        var target = random.NextDouble() * weights.Sum();
        var last = -1;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }

            last = i;
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return last; // rounding left a sliver: the last item with weight
    }
}
