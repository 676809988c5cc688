namespace SampleImportance.Evaluation.Metrics;

/// <summary>Mann–Whitney AUC with average ranks for ties; independent of row order. The one implementation: the auc metric and <see cref="RankingMetrics.Auroc"/> both use it.</summary>
internal static class RocAuc
{
    /// <summary>P(score of a positive &gt; score of a negative) + ½·P(tie); 0.5 when either class is empty.</summary>
    public static double Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double positives = 0, rankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && keys[end + 1] == keys[start])
            {
                end++;
            }

            var averageRank = ((start + end) / 2.0) + 1.0;
            for (var j = start; j <= end; j++)
            {
                if (positive[order[j]])
                {
                    positives++;
                    rankSum += averageRank;
                }
            }

            start = end + 1;
        }

        var negatives = scores.Length - positives;
        return positives == 0 || negatives == 0 ? 0.5 : (rankSum - (positives * (positives + 1) / 2.0)) / (positives * negatives);
    }
}
