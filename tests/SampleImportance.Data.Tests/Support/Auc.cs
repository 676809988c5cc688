namespace SampleImportance.Data.Tests.Support;

/// <summary>Area under the ROC curve by pair counting (ties count half).</summary>
internal static class Auc
{
    public static double Of(IReadOnlyList<double> scores, ReadOnlySpan<double> labels)
    {
        double wins = 0;
        long positives = 0, negatives = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] != 1)
            {
                negatives++;
                continue;
            }

            positives++;
            for (var j = 0; j < labels.Length; j++)
            {
                if (labels[j] != 1)
                {
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        return wins / (positives * (double)negatives);
    }
}
