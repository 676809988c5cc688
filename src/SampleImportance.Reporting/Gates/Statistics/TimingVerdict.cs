namespace SampleImportance.Reporting.Gates.Statistics;

/// <summary>What the timing test found for one cell group: medians, the one-sided p-value, and whether it could decide.</summary>
/// <param name="CurrentMedian">Median of the current samples (seconds).</param>
/// <param name="BaselineMedian">Median of the baseline samples (seconds).</param>
/// <param name="PValue">One-sided Mann–Whitney p-value for "current is slower", or null when too few samples to decide.</param>
/// <param name="CurrentCount">Current samples.</param>
/// <param name="BaselineCount">Baseline samples.</param>
public sealed record TimingVerdict(double CurrentMedian, double BaselineMedian, double? PValue, int CurrentCount, int BaselineCount)
{
    /// <summary>True when the sample sizes could reach the alpha (see <see cref="TimingTest.CanReach"/>).</summary>
    public bool Decidable => PValue is not null;
}
