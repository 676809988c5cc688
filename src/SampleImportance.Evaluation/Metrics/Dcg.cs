using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Discounted cumulative gain at a cutoff (Järvelin &amp; Kekäläinen 2002) with LightGBM's conventions: gain 2^rel − 1,
/// discount 1/log2(1 + position). Tied scores share the average discount of the positions their block spans within
/// the cutoff (McSherry &amp; Najork 2008; scikit-learn's <c>ndcg_score</c> with <c>ignore_ties=False</c>), which is the
/// expected DCG over every order of the tie.
/// </summary>
internal static class Dcg
{
    /// <summary>2^rel − 1 for rel &gt; 0, else 0 (LightGBM's default <c>label_gain</c>).</summary>
    public static double Gain(double relevance) => relevance > 0 ? Math.Pow(2, relevance) - 1 : 0.0;

    /// <summary>1 / log2(2 + zero-based position).</summary>
    public static double Discount(int zeroBasedPosition) => 1.0 / Math.Log2(zeroBasedPosition + 2);

    /// <summary>Expected DCG@k of a ranked group whose rows carry <paramref name="gains"/> (indexed by row).</summary>
    public static double Expected(int[] ranked, int k, ReadOnlySpan<double> scores, ReadOnlySpan<double> gains)
    {
        var dcg = 0.0;
        for (var start = 0; start < Math.Min(k, ranked.Length);)
        {
            var end = GroupRanking.BlockEnd(ranked, start, scores);
            var discount = 0.0;
            for (var pos = start; pos < Math.Min(end, k); pos++)
            {
                discount += Discount(pos);
            }

            var gain = 0.0;
            for (var j = start; j < end; j++)
            {
                gain += gains[ranked[j]];
            }

            dcg += gain * discount / (end - start);
            start = end;
        }

        return dcg;
    }

    /// <summary>DCG@k of the best order of the group's gains (gains sorted descending).</summary>
    public static double Ideal(int[] ranked, int k, ReadOnlySpan<double> gains)
    {
        var sorted = new double[ranked.Length];
        for (var j = 0; j < ranked.Length; j++)
        {
            sorted[j] = gains[ranked[j]];
        }

        Array.Sort(sorted, static (a, b) => b.CompareTo(a));
        var ideal = 0.0;
        for (var pos = 0; pos < Math.Min(k, sorted.Length); pos++)
        {
            ideal += sorted[pos] * Discount(pos);
        }

        return ideal;
    }

    /// <summary>Mean over groups with positive ideal DCG@k of DCG@k / ideal DCG@k for the given per-row gains; 0 when no group counts.</summary>
    public static double MeanNormalised(double[] scores, double[] gains, MetricInput input, int? cutoff)
    {
        double sum = 0;
        var counted = 0;
        foreach (var ranked in GroupRanking.RankedGroups(scores, input.Groups, input.Labels))
        {
            var k = cutoff ?? ranked.Length;
            var ideal = Ideal(ranked, k, gains);
            if (ideal > 0)
            {
                sum += Expected(ranked, k, scores, gains) / ideal;
                counted++;
            }
        }

        return counted > 0 ? sum / counted : 0.0;
    }
}
