namespace SampleImportance.EndToEnd.Tests.Support;

/// <summary>
/// The ground truth for <c>knn-shapley</c>: Shapley values by enumerating every subset of the training rows, for the
/// K-nearest-neighbour utility of Jia et al. (2019): U(S) = mean over validation points of (number of the min(K, |S|)
/// rows of S nearest the point that share its label) / K, with squared Euclidean distance, ties broken towards the
/// lower row index, and U(∅) = 0. Exponential in n: for n ≤ 12 or so.
/// </summary>
internal static class BruteForceKnnShapley
{
    public static double[] Values(double[][] train, double[] trainLabels, double[][] validation, double[] validationLabels, int k)
    {
        var n = train.Length;
        var utility = new double[1 << n];
        for (var subset = 1; subset < utility.Length; subset++)
        {
            utility[subset] = Utility(subset, train, trainLabels, validation, validationLabels, k);
        }

        // weight[s] = s! (n − s − 1)! / n!, the Shapley weight of a coalition of size s not containing the row.
        var weight = new double[n];
        for (var s = 0; s < n; s++)
        {
            weight[s] = Factorial(s) * Factorial(n - s - 1) / Factorial(n);
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            var bit = 1 << i;
            for (var subset = 0; subset < utility.Length; subset++)
            {
                if ((subset & bit) == 0)
                {
                    values[i] += weight[int.PopCount(subset)] * (utility[subset | bit] - utility[subset]);
                }
            }
        }

        return values;
    }

    /// <summary>U(S) for the rows whose bits are set in <paramref name="subset"/>.</summary>
    public static double Utility(int subset, double[][] train, double[] trainLabels, double[][] validation, double[] validationLabels, int k)
    {
        var members = Enumerable.Range(0, train.Length).Where(i => (subset & (1 << i)) != 0).ToList();
        double total = 0;
        for (var q = 0; q < validation.Length; q++)
        {
            var point = validation[q];
            var nearest = members
                .OrderBy(i => SquaredDistance(train[i], point))
                .ThenBy(i => i)
                .Take(k);
            total += nearest.Count(i => trainLabels[i] == validationLabels[q]) / (double)k;
        }

        return total / validation.Length;
    }

    private static double SquaredDistance(double[] a, double[] b)
    {
        double sum = 0;
        for (var f = 0; f < a.Length; f++)
        {
            sum += (a[f] - b[f]) * (a[f] - b[f]);
        }

        return sum;
    }

    private static double Factorial(int m)
    {
        double result = 1;
        for (var i = 2; i <= m; i++)
        {
            result *= i;
        }

        return result;
    }
}
