using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;
using SampleImportance.Timing;

namespace SampleImportance.Reporting.Gates.Statistics;

/// <summary>
/// The one-sided Mann–Whitney U test on per-iteration timings (Perfolizer's, as BenchmarkDotNet and dotnet/performance's
/// ResultsComparer use). Rank-based, so one slow outlier iteration cannot make a regression by itself.
/// </summary>
public static class TimingTest
{
    /// <summary>Medians and the p-value for "current is slower than baseline"; no p-value when the sizes cannot reach <paramref name="alpha"/>.</summary>
    public static TimingVerdict Compare(IReadOnlyList<double> current, IReadOnlyList<double> baseline, double alpha)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        if (current.Count == 0 || baseline.Count == 0)
        {
            return new TimingVerdict(Median(current), Median(baseline), null, current.Count, baseline.Count);
        }

        double? p = null;
        if (CanReach(current.Count, baseline.Count, alpha))
        {
            var result = MannWhitneyTest.Instance.Perform(
                new Sample([.. current]), new Sample([.. baseline]), AlternativeHypothesis.Greater, Threshold.Zero);
            p = result.PValue.Value;
        }

        return new TimingVerdict(Median(current), Median(baseline), p, current.Count, baseline.Count);
    }

    /// <summary>
    /// True when samples of these sizes can give a one-sided p-value ≤ <paramref name="alpha"/> at all: the smallest
    /// exact p-value, every current sample above every baseline one, is 1 / C(n + m, n). Below that no amount of
    /// slowdown could be shown, so the test is inconclusive rather than a silent pass.
    /// </summary>
    public static bool CanReach(int n, int m, double alpha)
    {
        if (n < 1 || m < 1)
        {
            return false;
        }

        // C(n + m, n) grows quickly; stop once it is large enough.
        double combinations = 1;
        var k = Math.Min(n, m);
        for (var i = 1; i <= k; i++)
        {
            combinations = combinations * (n + m - k + i) / i;
            if (1 / combinations <= alpha)
            {
                return true;
            }
        }

        return 1 / combinations <= alpha;
    }

    /// <summary>The median (mean of the middle two for an even count); NaN for no samples.</summary>
    public static double Median(IReadOnlyList<double> values) => TimingResult.Median(values);
}
