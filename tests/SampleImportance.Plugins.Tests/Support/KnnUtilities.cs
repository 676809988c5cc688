using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>
/// KNN utilities written straight from their definitions, for brute-force Shapley: distances in double, neighbours by
/// a full sort (ties to the lower index), a label match function, averaged over validation points.
/// </summary>
internal static class KnnUtilities
{
    /// <summary>Jia et al.'s normalisation: U(S) = (1/K)·Σ over the min(K, |S|) nearest rows of S of match(yᵢ, y).</summary>
    public static double TopK(SampleSet train, SampleSet validation, int[] subset, int k, Func<double, double, double> match)
    {
        double total = 0;
        for (var q = 0; q < validation.Count; q++)
        {
            var nearest = subset.OrderBy(i => Distance(train, i, validation, q)).ThenBy(i => i).Take(k);
            total += nearest.Sum(i => match(train.Labels[i], validation.Labels[q])) / k;
        }

        return total / validation.Count;
    }

    /// <summary>Threshold KNN: the mean match over the rows of S within τ, or 1/<paramref name="classes"/> when none is.</summary>
    public static double Threshold(SampleSet train, SampleSet validation, int[] subset, double tau, int classes, Func<double, double, double> match)
    {
        double total = 0;
        for (var q = 0; q < validation.Count; q++)
        {
            var within = subset.Where(i => Math.Sqrt(Distance(train, i, validation, q)) <= tau).ToArray();
            total += within.Length == 0 ? 1.0 / classes : within.Average(i => match(train.Labels[i], validation.Labels[q]));
        }

        return total / validation.Count;
    }

    /// <summary>Squared Euclidean distance in double.</summary>
    public static double Distance(SampleSet train, int row, SampleSet validation, int query)
    {
        var a = train.Row(row);
        var b = validation.Row(query);
        double sum = 0;
        for (var f = 0; f < a.Length; f++)
        {
            var d = (double)a[f] - b[f];
            sum += d * d;
        }

        return sum;
    }

    /// <summary>A copy of <paramref name="data"/> with labels drawn uniformly from the grades 0..<paramref name="maxGrade"/>.</summary>
    public static SampleSet Graded(SampleSet data, int maxGrade, int seed)
    {
        var random = new System.Random(seed);
        var labels = new double[data.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = random.Next(maxGrade + 1);
        }

        return data.WithLabels(labels);
    }
}
