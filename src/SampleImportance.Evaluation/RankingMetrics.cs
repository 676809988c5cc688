using SampleImportance.Evaluation.Metrics;

namespace SampleImportance.Evaluation;

/// <summary>Binary detection metrics of scores against a ground-truth mask (higher score = more likely positive).</summary>
public static class RankingMetrics
{
    /// <summary>Area under the ROC curve as the Mann–Whitney statistic; tied scores count one half.
    /// NaN when the mask has no positives or no negatives.</summary>
    public static double Auroc(IReadOnlyList<bool> positives, IReadOnlyList<double> scores)
    {
        Check(positives, scores);
        var mask = positives.ToArray();
        var p = mask.Count(x => x);
        return p == 0 || p == mask.Length ? double.NaN : RocAuc.Of(scores.ToArray(), mask);
    }

    /// <summary>Average precision: mean of the precision at each positive, scanning scores from high to low
    /// (ties by lower index, so the value is deterministic). NaN without positives.</summary>
    public static double AveragePrecision(IReadOnlyList<bool> positives, IReadOnlyList<double> scores)
    {
        Check(positives, scores);
        var order = Descending(scores);
        double sum = 0;
        var found = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (positives[order[k]])
            {
                found++;
                sum += found / (double)(k + 1);
            }
        }

        return found == 0 ? double.NaN : sum / found;
    }

    /// <summary>F1 when the <paramref name="flagged"/> highest-scored rows are flagged positive (ties by lower index).</summary>
    public static double F1AtCount(IReadOnlyList<bool> positives, IReadOnlyList<double> scores, int flagged)
    {
        Check(positives, scores);
        var order = Descending(scores);
        flagged = Math.Clamp(flagged, 0, order.Length);
        var truePositives = 0;
        for (var k = 0; k < flagged; k++)
        {
            if (positives[order[k]])
            {
                truePositives++;
            }
        }

        var actual = positives.Count(x => x);
        if (flagged == 0 || actual == 0 || truePositives == 0)
        {
            return 0;
        }

        var precision = truePositives / (double)flagged;
        var recall = truePositives / (double)actual;
        return 2 * precision * recall / (precision + recall);
    }

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
