using SampleImportance.Abstractions;
using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Games;

/// <summary>The oracle: v(i) = Σ_{S⊆N∖{i}} w(n, |S|)·[U(S ∪ {i}) − U(S)] by enumerating all 2^(n−1) subsets.</summary>
internal static class ExactSemivalue
{
    public static double[] Values(IUtility utility, ISemivalue semivalue)
    {
        var n = utility.PlayerCount;
        var values = new double[n];
        var subset = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            var others = Enumerable.Range(0, n).Where(p => p != i).ToArray();
            for (var mask = 0; mask < 1 << (n - 1); mask++)
            {
                subset.Clear();
                for (var b = 0; b < n - 1; b++)
                {
                    if ((mask & (1 << b)) != 0)
                    {
                        subset.Add(others[b]);
                    }
                }

                var without = utility.Evaluate(subset.ToArray());
                subset.Add(i);
                var with = utility.Evaluate(subset.ToArray());
                values[i] += SemivalueCoefficients.Weight(semivalue, n, subset.Count - 1) * (with - without);
            }
        }

        return values;
    }
}
