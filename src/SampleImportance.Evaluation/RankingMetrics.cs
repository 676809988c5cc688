namespace SampleImportance.Evaluation;

/// <summary>Binary detection metrics of scores against a ground-truth mask (higher score = more likely positive).</summary>
public static class RankingMetrics
{
    /// <summary>Area under the ROC curve as the Mann–Whitney statistic; tied scores count one half.
    /// NaN when the mask has no positives or no negatives.</summary>
    public static double Auroc(IReadOnlyList<bool> positives, IReadOnlyList<double> scores)
    {
        Check(positives, scores);
        var ranks = AverageRanks(scores);
        double positiveRankSum = 0;
        long p = 0;
        for (var i = 0; i < positives.Count; i++)
        {
            if (positives[i])
            {
                positiveRankSum += ranks[i];
                p++;
            }
        }

        long n = positives.Count - p;
        if (p == 0 || n == 0)
        {
            return double.NaN;
        }

        return (positiveRankSum - (p * (p + 1) / 2.0)) / ((double)p * n);
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

    /// <summary>1-based ranks in ascending score order, ties given their average rank.</summary>
    public static double[] AverageRanks(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ThenBy(i => i).ToArray();
        var ranks = new double[scores.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end + 1;
        }

        return ranks;
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
