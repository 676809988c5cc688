using SampleImportance.Reporting.Gates.Statistics;

namespace SampleImportance.Reporting.Tests.Gates.Statistics;

/// <summary>The exact one-sided Wilcoxon signed-rank p-value against brute-force enumeration of every sign pattern.</summary>
public sealed class SignedRankTestTests
{
    // P(W⁺ ≥ observed) by flipping every subset of signs of the observed magnitudes, mid-ranks for ties.
    private static double BruteForce(double[] differences)
    {
        var d = differences.Where(x => x != 0).ToArray();
        var n = d.Length;
        var magnitudes = d.Select(Math.Abs).ToArray();
        var ranks = magnitudes.Select(m => (magnitudes.Count(o => o < m) + 1 + magnitudes.Count(o => o <= m)) / 2.0).ToArray();
        var observed = Enumerable.Range(0, n).Where(i => d[i] > 0).Sum(i => ranks[i]);
        var atLeast = 0;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var w = Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).Sum(i => ranks[i]);
            if (w >= observed - 1e-9)
            {
                atLeast++;
            }
        }

        return atLeast / (double)(1 << n);
    }

    public static TheoryData<double[]> Cases => new()
    {
        new[] { 0.3, 0.1, -0.2, 0.5, 0.4 },
        new[] { 0.1, 0.1, -0.1, 0.2, -0.2, 0.3, 0.1 },
        new[] { -0.5, -0.1, -0.3, 0.2, -0.4, -0.6 },
        new[] { 0.0, 0.2, 0.0, -0.1, 0.3, 0.3, 0.3, -0.3, 0.05, 0.7, -0.01, 0.02 },
        new[] { 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, -12.0, 13.0, -14.0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exact_p_value_matches_enumerating_every_sign_pattern(double[] differences)
    {
        Assert.Equal(BruteForce(differences), SignedRankTest.PValueGreater(differences)!.Value, 12);
    }

    [Fact]
    public void All_positive_pairs_give_the_smallest_p_value_two_to_the_minus_n()
    {
        Assert.Equal(1.0 / 128, SignedRankTest.PValueGreater([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])!.Value, 15);
        Assert.Equal(1.0 / 128, SignedRankTest.SmallestPValue(7), 15);
        Assert.Equal(1.0, SignedRankTest.PValueGreater([-0.1, -0.2, -0.3])!.Value, 15);
    }

    [Fact]
    public void Zero_differences_are_dropped_and_none_left_gives_no_p_value()
    {
        Assert.Null(SignedRankTest.PValueGreater([0.0, 0.0]));
        Assert.Equal(SignedRankTest.PValueGreater([0.1, 0.2]), SignedRankTest.PValueGreater([0.0, 0.1, 0.0, 0.2]));
    }

    [Fact]
    public void Normal_approximation_beyond_the_exact_limit_agrees_with_the_exact_tail_near_it()
    {
        // 201 pairs alternating in sign with a slight upward shift: the approximation must sit near the exact value at 200.
        var rng = new Random(7);
        var many = Enumerable.Range(0, SignedRankTest.ExactLimit + 1).Select(i => (rng.NextDouble() - 0.45) * (i + 1)).ToArray();
        var approximate = SignedRankTest.PValueGreater(many)!.Value;
        var exact = SignedRankTest.PValueGreater(many[..SignedRankTest.ExactLimit])!.Value;
        Assert.InRange(approximate, 0, 1);
        Assert.True(Math.Abs(approximate - exact) < 0.05, $"approximate {approximate}, exact at {SignedRankTest.ExactLimit} pairs {exact}");
    }
}
