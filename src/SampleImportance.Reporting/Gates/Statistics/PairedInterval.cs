using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace SampleImportance.Reporting.Gates.Statistics;

/// <summary>The mean of per-seed differences (current − baseline) with its two-sided Student-t interval.</summary>
/// <param name="Mean">Mean difference.</param>
/// <param name="Lower">Lower bound of the interval.</param>
/// <param name="Upper">Upper bound of the interval.</param>
/// <param name="Count">Paired seeds.</param>
public sealed record PairedInterval(double Mean, double Lower, double Upper, int Count)
{
    /// <summary>The interval of <paramref name="differences"/> at <paramref name="confidence"/>; needs at least 2 differences.</summary>
    public static PairedInterval Of(IReadOnlyList<double> differences, double confidence)
    {
        ArgumentNullException.ThrowIfNull(differences);
        ArgumentOutOfRangeException.ThrowIfLessThan(differences.Count, 2);
        var n = differences.Count;
        if (differences.All(d => d == differences[0]))
        {
            // A deterministic estimator: every seed moved by the same amount, which a summed mean could blur by an ulp.
            return new PairedInterval(differences[0], differences[0], differences[0], n);
        }

        var mean = differences.Sum() / n;
        var variance = differences.Sum(d => (d - mean) * (d - mean)) / (n - 1);
        var halfWidth = variance == 0
            ? 0
            : new StudentDistribution(n - 1).Quantile(1 - ((1 - confidence) / 2)) * Math.Sqrt(variance / n);
        return new PairedInterval(mean, mean - halfWidth, mean + halfWidth, n);
    }
}
