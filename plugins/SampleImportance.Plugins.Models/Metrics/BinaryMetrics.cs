namespace SampleImportance.Plugins.Models.Metrics;

/// <summary>Metrics of binary scores P(label = 1) against 0/1 labels; higher = better for all of them.</summary>
internal static class BinaryMetrics
{
    /// <summary>The probability of the true label is clipped below at Epsilon so one confident mistake cannot make the mean −∞.</summary>
    public const double Epsilon = 1e-15;

    /// <summary>
    /// Fraction correct at threshold 0.5. A score of exactly 0.5 is a coin flip and earns half a point, so an
    /// untrained model (which predicts 0.5) scores 0.5 whatever the class balance.
    /// </summary>
    public static double Accuracy(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels)
    {
        if (scores.Length == 0)
        {
            return 0.0;
        }

        var correct = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            var positive = labels[i] == 1.0;
            if (scores[i] == 0.5)
            {
                correct += 0.5;
            }
            else if ((scores[i] > 0.5) == positive)
            {
                correct += 1.0;
            }
        }

        return correct / scores.Length;
    }

    /// <summary>Mean log p(true label), with p(true label) clipped below at <see cref="Epsilon"/>.</summary>
    public static double MeanLogLikelihood(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels)
    {
        if (scores.Length == 0)
        {
            return 0.0;
        }

        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            var p = labels[i] == 1.0 ? scores[i] : 1.0 - scores[i];
            sum += Math.Log(Math.Clamp(p, Epsilon, 1.0));
        }

        return sum / scores.Length;
    }

    /// <summary>
    /// Area under the ROC curve (Mann–Whitney statistic with average ranks for tied scores). 0.5 when the
    /// labels hold only one class, where AUC is undefined.
    /// </summary>
    public static double Auc(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels)
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
                if (labels[order[j]] == 1.0)
                {
                    positives++;
                    rankSum += averageRank;
                }
            }

            start = end + 1;
        }

        var negatives = scores.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return 0.5;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / (positives * negatives);
    }
}
