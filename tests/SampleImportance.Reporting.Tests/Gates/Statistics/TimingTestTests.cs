using SampleImportance.Reporting.Gates.Statistics;

namespace SampleImportance.Reporting.Tests.Gates.Statistics;

public class TimingTestTests
{
    /// <summary>The exact one-sided p-value by enumerating every split of the pooled samples (ties count half, as U does).</summary>
    private static double BruteForceP(double[] current, double[] baseline)
    {
        var pooled = current.Concat(baseline).ToArray();
        var observed = U(current, baseline);
        int total = 0, atLeast = 0;
        foreach (var pick in Combinations(pooled.Length, current.Length))
        {
            var x = pick.Select(i => pooled[i]).ToArray();
            var y = Enumerable.Range(0, pooled.Length).Except(pick).Select(i => pooled[i]).ToArray();
            total++;
            if (U(x, y) >= observed - 1e-9)
            {
                atLeast++;
            }
        }

        return (double)atLeast / total;
    }

    private static double U(double[] x, double[] y) =>
        x.Sum(a => y.Sum(b => a > b ? 1.0 : a == b ? 0.5 : 0.0));

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var index = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return [.. index];
            var i = k - 1;
            while (i >= 0 && index[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            index[i]++;
            for (var j = i + 1; j < k; j++)
            {
                index[j] = index[j - 1] + 1;
            }
        }
    }

    [Theory]
    [InlineData(new[] { 10.0, 11, 12, 13, 14 }, new[] { 1.0, 2, 3, 4, 5 })]
    // No ties across the samples: Perfolizer's exact distribution assumes none (timings in seconds from nanosecond counts rarely tie).
    [InlineData(new[] { 3.1, 2.9, 3.4, 3.3, 3.01, 3.6 }, new[] { 3.0, 2.8, 3.2, 2.7, 3.05 })]
    [InlineData(new[] { 1.0, 5, 2, 8, 3 }, new[] { 4.0, 6, 7, 0.5, 9 })]
    [InlineData(new[] { 2.0, 2.5, 2.2, 2.9, 2.4, 2.6, 2.1 }, new[] { 2.3, 2.05, 2.15, 2.45, 1.9 })]
    public void Mann_Whitney_p_value_matches_the_brute_force_permutation_p_value(double[] current, double[] baseline)
    {
        var verdict = TimingTest.Compare(current, baseline, alpha: 0.05);

        Assert.True(verdict.Decidable);
        Assert.Equal(BruteForceP(current, baseline), verdict.PValue!.Value, 6);
    }

    [Fact]
    public void Perfectly_separated_five_against_five_gives_one_in_252()
    {
        var verdict = TimingTest.Compare([10, 11, 12, 13, 14], [1, 2, 3, 4, 5], alpha: 0.01);

        Assert.Equal(1.0 / 252, verdict.PValue!.Value, 9);
        Assert.Equal((12.0, 3.0), (verdict.CurrentMedian, verdict.BaselineMedian));
    }

    [Theory]
    [InlineData(2, 2, 0.01, false)]
    [InlineData(3, 3, 0.01, false)]
    [InlineData(4, 4, 0.01, false)]
    [InlineData(5, 5, 0.01, true)]
    [InlineData(3, 7, 0.01, true)]
    [InlineData(2, 12, 0.01, false)]
    [InlineData(2, 13, 0.01, true)]
    [InlineData(3, 3, 0.05, true)]
    [InlineData(0, 10, 0.05, false)]
    public void Sizes_decide_only_when_1_over_C_n_plus_m_n_reaches_alpha(int n, int m, double alpha, bool expected)
    {
        Assert.Equal(expected, TimingTest.CanReach(n, m, alpha));
    }

    [Fact]
    public void Two_samples_each_are_inconclusive()
    {
        var verdict = TimingTest.Compare([5, 6], [1, 2], alpha: 0.01);

        Assert.False(verdict.Decidable);
        Assert.Null(verdict.PValue);
    }

    [Fact]
    public void Identical_samples_are_not_slower()
    {
        double[] samples = [1.0, 1.1, 0.9, 1.05, 0.95, 1.02];

        var verdict = TimingTest.Compare(samples, samples, alpha: 0.01);

        Assert.True(verdict.PValue > 0.4);
    }

    [Fact]
    public void Paired_interval_of_identical_differences_has_zero_width_and_of_spread_ones_the_t_width()
    {
        var exact = PairedInterval.Of([0.1, 0.1, 0.1], 0.95);
        var spread = PairedInterval.Of([1.0, 2.0, 3.0], 0.95);

        Assert.Equal((0.1, 0.1), (exact.Lower, exact.Upper));
        // mean 2, sd 1, n 3: t(0.975, 2) = 4.302653 → half-width 4.302653 / √3 = 2.484137.
        Assert.Equal(2.0, spread.Mean, 12);
        Assert.Equal(2.0 - 2.484137, spread.Lower, 5);
        Assert.Equal(2.0 + 2.484137, spread.Upper, 5);
    }
}
