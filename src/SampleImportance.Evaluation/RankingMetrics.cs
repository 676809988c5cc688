using SampleImportance.Evaluation.Metrics;

namespace SampleImportance.Evaluation;

/// <summary>
/// Binary detection metrics of scores against a ground-truth mask (higher score = more likely positive). Every metric
/// treats tied scores as one block, so no value depends on the order of the rows.
/// </summary>
public static class RankingMetrics
{
    /// <summary>Area under the ROC curve as the Mann–Whitney statistic; tied scores count one half (scikit-learn's
    /// <c>roc_auc_score</c>). NaN when the mask has no positives or no negatives.</summary>
    public static double Auroc(IReadOnlyList<bool> positives, IReadOnlyList<double> scores)
    {
        Check(positives, scores);
        var mask = positives.ToArray();
        var p = mask.Count(x => x);
        return p == 0 || p == mask.Length ? double.NaN : RocAuc.Of(scores.ToArray(), mask);
    }

    /// <summary>
    /// Average precision as scikit-learn's <c>average_precision_score</c>: AP = Σ_n (R_n − R_{n−1})·P_n over the
    /// distinct score thresholds from high to low, where P_n and R_n are the precision and recall of flagging every row
    /// scored at least the n-th threshold (R_0 = 0). Tied rows enter at the same threshold, so the value never depends
    /// on row order. 1 when every row is positive; NaN without positives (scikit-learn warns and returns 0 there; we
    /// keep it undefined so an empty mask cannot pass for a bad detector).
    /// </summary>
    public static double AveragePrecision(IReadOnlyList<bool> positives, IReadOnlyList<double> scores)
    {
        Check(positives, scores);
        var actual = positives.Count(x => x);
        if (actual == 0)
        {
            return double.NaN;
        }

        var order = Descending(scores);
        double sum = 0;
        var truePositives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            var newPositives = 0;
            while (end < order.Length && scores[order[end]] == scores[order[start]])
            {
                newPositives += positives[order[end]] ? 1 : 0;
                end++;
            }

            truePositives += newPositives;
            // Threshold = this block's score: `end` rows are flagged; recall rises by newPositives / actual.
            sum += newPositives / (double)actual * (truePositives / (double)end);
            start = end;
        }

        return sum;
    }

    /// <summary>
    /// F1 when the <paramref name="flagged"/> highest-scored rows are flagged positive, as its expectation over a
    /// uniformly random order of the tied block that straddles the cut: a block of g rows holding p positives of which
    /// `needed` rows fall inside the cut contributes needed·p/g expected true positives. F1 = 2·TP / (flagged + actual)
    /// is linear in TP, so this is the exact expected F1, and it never depends on row order.
    /// <paramref name="flagged"/> is clamped to [0, n] (more than n flags all rows). 0 when nothing is flagged or the
    /// mask has no positives (scikit-learn's <c>zero_division=0</c>).
    /// </summary>
    public static double F1AtCount(IReadOnlyList<bool> positives, IReadOnlyList<double> scores, int flagged)
    {
        Check(positives, scores);
        var order = Descending(scores);
        flagged = Math.Clamp(flagged, 0, order.Length);
        var actual = positives.Count(x => x);
        if (flagged == 0 || actual == 0)
        {
            return 0;
        }

        double truePositives = 0;
        for (var start = 0; start < flagged;)
        {
            var end = start;
            var inBlock = 0;
            while (end < order.Length && scores[order[end]] == scores[order[start]])
            {
                inBlock += positives[order[end]] ? 1 : 0;
                end++;
            }

            var needed = Math.Min(end, flagged) - start;
            truePositives += needed * (double)inBlock / (end - start);
            start = end;
        }

        return 2 * truePositives / (flagged + actual);
    }

    // Order within a tied block is irrelevant to every caller above; ascending index only makes the sort total.
    private static int[] Descending(IReadOnlyList<double> scores) =>
        Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();

    private static void Check(IReadOnlyList<bool> positives, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(positives);
        ArgumentNullException.ThrowIfNull(scores);
        if (positives.Count != scores.Count)
        {
            throw new ArgumentException($"Expected one score per mask entry ({positives.Count}), got {scores.Count}.", nameof(scores));
        }

        for (var i = 0; i < scores.Count; i++)
        {
            if (!double.IsFinite(scores[i]))
            {
                throw new ArgumentException($"Score {i} is not finite ({scores[i]}).", nameof(scores));
            }
        }
    }
}
