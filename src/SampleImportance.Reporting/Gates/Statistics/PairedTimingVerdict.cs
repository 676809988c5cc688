namespace SampleImportance.Reporting.Gates.Statistics;

/// <summary>
/// What the interleaved timing comparison found: per-iteration pairs (current iteration i, reference run beside it), the
/// median of their ratios and differences, and the one-sided Wilcoxon signed-rank p-value on the log ratios for "current
/// is slower". Log ratios make the test scale-free: a pair that both ran while the machine was twice as slow counts the
/// same as one that did not.
/// </summary>
/// <param name="CurrentMedian">Median of the current samples (seconds).</param>
/// <param name="ReferenceMedian">Median of the reference samples (seconds).</param>
/// <param name="MedianRatio">Median over pairs of current ÷ reference.</param>
/// <param name="MedianDifference">Median over pairs of current − reference (seconds).</param>
/// <param name="PValue">One-sided signed-rank p-value, or null when the pairs cannot reach alpha (fewer than log₂(1/alpha)).</param>
/// <param name="Pairs">Pairs compared.</param>
public sealed record PairedTimingVerdict(double CurrentMedian, double ReferenceMedian, double MedianRatio, double MedianDifference, double? PValue, int Pairs)
{
    /// <summary>True when the pairs could reach the alpha.</summary>
    public bool Decidable => PValue is not null;

    /// <summary>Compares aligned samples; pairs with a non-positive time are dropped (a ratio needs both above zero).</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static PairedTimingVerdict Of(IReadOnlyList<double> current, IReadOnlyList<double> reference, double alpha)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(reference);
        if (current.Count != reference.Count)
        {
            throw new ArgumentException("Interleaved samples must be aligned one to one.", nameof(reference));
        }

        var pairs = Enumerable.Range(0, current.Count).Where(i => current[i] > 0 && reference[i] > 0).ToArray();
        var logRatios = pairs.Select(i => Math.Log(current[i] / reference[i])).ToArray();
        var nonZero = logRatios.Count(d => d != 0);
        var p = nonZero > 0 && SignedRankTest.SmallestPValue(nonZero) <= alpha ? SignedRankTest.PValueGreater(logRatios) : null;
        return new PairedTimingVerdict(
            TimingTest.Median(current),
            TimingTest.Median(reference),
            pairs.Length == 0 ? double.NaN : Math.Exp(TimingTest.Median(logRatios)),
            TimingTest.Median([.. pairs.Select(i => current[i] - reference[i])]),
            p,
            pairs.Length);
    }
}
