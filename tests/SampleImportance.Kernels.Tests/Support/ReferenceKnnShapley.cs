using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary>
/// Scalar double oracles for exact KNN-Shapley, independent of the production code: the Jia et al. recursion walked
/// sequentially over the plain reference ordering, and Shapley values by enumerating every subset (tiny n only).
/// Both return per-row sums over the queries, not averages, as <see cref="IKnnShapleyKernel.AddKnnShapley"/> does.
/// </summary>
internal static class ReferenceKnnShapley
{
    public static double[] Recursion(SampleSet train, SampleSet queries, int k)
    {
        var n = train.Count;
        var values = new double[n];
        var order = ReferenceOrdering.Sort(train, queries);
        for (var q = 0; q < queries.Count; q++)
        {
            var sorted = order.AsSpan(q * n, n);
            var s = new double[n];
            for (var i = n; i >= 1; i--)
            {
                var match = Match(train.Labels[sorted[i - 1]], queries.Labels[q]);
                var coefficient = Math.Min(k, i) / ((double)i * k);
                s[i - 1] = i == n
                    ? match * coefficient
                    : s[i] + ((match - Match(train.Labels[sorted[i]], queries.Labels[q])) * coefficient);
            }

            for (var i = 0; i < n; i++)
            {
                values[sorted[i]] += s[i];
            }
        }

        return values;
    }

    /// <summary>Σ over queries of the Shapley value of U(S) = (1/K)·Σ over the min(K, |S|) nearest rows of S of 1[y = y_q].</summary>
    public static double[] Enumeration(SampleSet train, SampleSet queries, int k)
    {
        var n = train.Count;
        var values = new double[n];
        var order = ReferenceOrdering.Sort(train, queries);
        for (var q = 0; q < queries.Count; q++)
        {
            var sorted = order.AsSpan(q * n, n).ToArray();
            double Utility(int subset)
            {
                var taken = 0;
                var total = 0.0;
                foreach (var row in sorted)
                {
                    if ((subset & (1 << row)) != 0 && taken < k)
                    {
                        taken++;
                        total += Match(train.Labels[row], queries.Labels[q]);
                    }
                }

                return total / k;
            }

            for (var i = 0; i < n; i++)
            {
                for (var subset = 0; subset < 1 << n; subset++)
                {
                    if ((subset & (1 << i)) != 0)
                    {
                        continue;
                    }

                    var size = System.Numerics.BitOperations.PopCount((uint)subset);
                    var weight = Factorial(size) * Factorial(n - size - 1) / Factorial(n);
                    values[i] += weight * (Utility(subset | (1 << i)) - Utility(subset));
                }
            }
        }

        return values;
    }

    /// <summary>Labelled copy of a set: one of <paramref name="classes"/> labels per row, seeded.</summary>
    public static SampleSet Labelled(SampleSet set, int seed, int classes)
    {
        var rng = new Random(seed);
        var labels = new double[set.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = rng.Next(classes);
        }

        return new SampleSet(set.Features.ToArray(), set.FeatureCount, labels);
    }

    private static double Match(double a, double b) => a == b ? 1.0 : 0.0;

    private static double Factorial(int m)
    {
        var result = 1.0;
        for (var i = 2; i <= m; i++)
        {
            result *= i;
        }

        return result;
    }
}
