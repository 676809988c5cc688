namespace SampleImportance.Reporting.Gates.Statistics;

/// <summary>
/// How baseline checks (<c>max-drop</c>, <c>max-increase</c>) decide. The defaults are documented in the README's
/// "How the gate decides" section; change them there too.
/// </summary>
public sealed class GateStatisticsOptions
{
    /// <summary>The defaults.</summary>
    public static GateStatisticsOptions Default { get; } = new();

    /// <summary>
    /// Timing: the ratio of medians (current / baseline) must exceed 1 + this for a regression, when the gate gives
    /// an absolute <c>max-increase</c> (a relative one sets its own). Default 0.10 (10%): run-to-run drift of a
    /// cold single-invocation timing on a shared CI machine is a few percent, and a 10% slowdown is the smallest one
    /// worth stopping a merge for.
    /// </summary>
    public double TimingRelativeThreshold { get; init; } = 0.10;

    /// <summary>
    /// Timing: the difference of medians must exceed this many seconds (or the gate's absolute <c>max-increase</c>,
    /// when larger). Default 0.001 (1 ms): below a millisecond, timer resolution, JIT tiering and GC pauses dominate
    /// an estimator run, so a "+50%" of 0.2 ms is noise, not a regression.
    /// </summary>
    public double TimingNoiseFloorSeconds { get; init; } = 0.001;

    /// <summary>
    /// Timing: the one-sided Mann–Whitney U test (current slower than baseline) must reject at this level. Default
    /// 0.01: a suite gates many cells at once, so 5% would raise a false alarm in one build of every few; 1% needs
    /// at least 5 iterations on each side (the smallest exact p-value of 5 against 5 is 1/252 ≈ 0.004).
    /// </summary>
    public double Alpha { get; init; } = 0.01;

    /// <summary>
    /// Quality: confidence of the two-sided Student-t interval of the mean per-seed difference. Default 0.95 (the
    /// interval the run's aggregates already report).
    /// </summary>
    public double QualityConfidence { get; init; } = 0.95;

    /// <summary>
    /// Quality: the fewest seeds paired with the baseline for a decision; fewer is inconclusive. Default 2, the
    /// fewest that give a t interval at all (with 1 degree of freedom it is 12.7 standard errors wide, so two seeds
    /// decide only when their differences agree, as they do for a deterministic estimator).
    /// </summary>
    public int MinimumSeeds { get; init; } = 2;

    /// <summary>Throws when a value is out of range (thresholds ≥ 0, alpha and confidence in (0, 1), seeds ≥ 2).</summary>
    public void Validate()
    {
        if (!(TimingRelativeThreshold >= 0) || !double.IsFinite(TimingRelativeThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(TimingRelativeThreshold), TimingRelativeThreshold, "Must be a finite number ≥ 0.");
        }

        if (!(TimingNoiseFloorSeconds >= 0) || !double.IsFinite(TimingNoiseFloorSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(TimingNoiseFloorSeconds), TimingNoiseFloorSeconds, "Must be a finite number ≥ 0.");
        }

        if (!(Alpha > 0 && Alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Must be strictly between 0 and 1.");
        }

        if (!(QualityConfidence > 0 && QualityConfidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(QualityConfidence), QualityConfidence, "Must be strictly between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumSeeds, 2);
    }
}
