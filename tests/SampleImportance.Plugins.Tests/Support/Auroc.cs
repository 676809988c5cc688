namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Area under the ROC curve of detecting <c>positives</c> by low value: P(value of a positive &lt; value of a negative), ties half.</summary>
internal static class Auroc
{
    public static double OfLowValues(IReadOnlyList<double> values, IReadOnlyCollection<int> positives)
    {
        double wins = 0;
        var pairs = 0;
        for (var p = 0; p < values.Count; p++)
        {
            if (!positives.Contains(p))
            {
                continue;
            }

            for (var q = 0; q < values.Count; q++)
            {
                if (positives.Contains(q))
                {
                    continue;
                }

                pairs++;
                wins += values[p] < values[q] ? 1 : values[p] == values[q] ? 0.5 : 0;
            }
        }

        return wins / pairs;
    }
}
