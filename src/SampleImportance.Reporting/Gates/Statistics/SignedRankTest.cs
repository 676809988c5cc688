using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace SampleImportance.Reporting.Gates.Statistics;

/// <summary>
/// The one-sided Wilcoxon signed-rank test (Wilcoxon 1945) on paired differences: "the differences are shifted above
/// zero". Zero differences are dropped (Wilcoxon's rule); tied magnitudes share their mid-rank. The p-value is exact
/// (the null distribution of W⁺ enumerated over all 2ⁿ sign patterns by dynamic programming on doubled ranks) up to
/// <see cref="ExactLimit"/> pairs, and the normal approximation with tie correction and continuity correction beyond.
/// Used for interleaved timings, where iteration i of the current build and of the reference ran side by side:
/// pairing cancels the machine's drift that an unpaired test (Mann–Whitney) would count as a difference.
/// </summary>
public static class SignedRankTest
{
    /// <summary>Pairs up to which the p-value is exact.</summary>
    public const int ExactLimit = 200;

    /// <summary>P(W⁺ ≥ observed) under the null, for the non-zero differences; null when there are none.</summary>
    public static double? PValueGreater(IReadOnlyList<double> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        var nonZero = differences.Where(d => d != 0).ToArray();
        var n = nonZero.Length;
        if (n == 0)
        {
            return null;
        }

        // Doubled mid-ranks of |d| are integers, so the DP runs on integers.
        var order = Enumerable.Range(0, n).OrderBy(i => Math.Abs(nonZero[i])).ToArray();
        var doubledRanks = new int[n];
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && Math.Abs(nonZero[order[end + 1]]) == Math.Abs(nonZero[order[start]]))
            {
                end++;
            }

            // Ranks start + 1 .. end + 1 share their mean; doubled: start + end + 2.
            for (var k = start; k <= end; k++)
            {
                doubledRanks[order[k]] = start + end + 2;
            }

            start = end + 1;
        }

        var observed = 0;
        for (var i = 0; i < n; i++)
        {
            if (nonZero[i] > 0)
            {
                observed += doubledRanks[i];
            }
        }

        return n <= ExactLimit ? ExactUpperTail(doubledRanks, observed) : NormalUpperTail(doubledRanks, observed);
    }

    /// <summary>The smallest p-value n non-zero pairs can give (all positive): 2⁻ⁿ; the test cannot decide below it.</summary>
    public static double SmallestPValue(int n) => Math.Pow(2, -n);

    private static double ExactUpperTail(int[] doubledRanks, int observed)
    {
        var total = doubledRanks.Sum();
        // ways[s] = probability that the positive doubled ranks sum to s.
        var ways = new double[total + 1];
        ways[0] = 1;
        var reach = 0;
        foreach (var rank in doubledRanks)
        {
            for (var s = reach; s >= 0; s--)
            {
                if (ways[s] != 0)
                {
                    ways[s + rank] += ways[s] * 0.5;
                    ways[s] *= 0.5;
                }
            }

            reach += rank;
        }

        var tail = 0.0;
        for (var s = observed; s <= total; s++)
        {
            tail += ways[s];
        }

        return Math.Min(1, tail);
    }

    private static double NormalUpperTail(int[] doubledRanks, int observed)
    {
        // W⁺ in ordinary ranks: mean Σr/2, variance Σr²/4 (exact under ties with mid-ranks).
        var ranks = doubledRanks.Select(r => r / 2.0).ToArray();
        var mean = ranks.Sum() / 2;
        var sd = Math.Sqrt(ranks.Sum(r => r * r) / 4);
        var z = ((observed / 2.0) - mean - 0.5) / sd;
        return 1 - NormalDistribution.Standard.Cdf(z);
    }
}
