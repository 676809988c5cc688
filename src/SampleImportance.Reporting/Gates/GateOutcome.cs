namespace SampleImportance.Reporting.Gates;

/// <summary>One check of one gate on one aggregate row (or on nothing, when the gate selected no row).</summary>
/// <param name="Code">A <see cref="GateCodes"/> value, or null for a pass.</param>
/// <param name="Status">Pass, fail or inconclusive.</param>
/// <param name="Check">The threshold judged.</param>
/// <param name="Metric">Metric name.</param>
/// <param name="Estimator">Estimator of the row, or the gate's filter (null = any) when no row was selected.</param>
/// <param name="Model">Model of the row, or the gate's filter.</param>
/// <param name="Dataset">Dataset of the row, or the gate's filter.</param>
/// <param name="Corruption">Corruption of the row, or null when no row was selected.</param>
/// <param name="Current">Current mean, or null when missing.</param>
/// <param name="Baseline">Baseline mean, or null when missing or not needed (min/max).</param>
/// <param name="Limit">The threshold (for a relative max-increase, a fraction: 0.1 = 10%).</param>
/// <param name="Message">One sentence a person can act on.</param>
/// <param name="File">Suite file the gate was written in.</param>
/// <param name="Line">1-based line of the gate.</param>
/// <param name="Column">1-based column of the gate.</param>
/// <param name="IntervalLower">Quality baseline checks: lower bound of the interval of the mean per-seed change the check was judged on (in the check's units: a drop for max-drop, a fraction for a relative max-increase); null otherwise.</param>
/// <param name="IntervalUpper">Upper bound of that interval.</param>
/// <param name="PValue">Timing checks: the one-sided Mann–Whitney p-value for "slower"; null otherwise or when too few samples.</param>
/// <param name="CurrentSamples">Paired seeds (quality) or timing iterations (timing) on the current side.</param>
/// <param name="BaselineSamples">The same on the baseline side.</param>
/// <param name="Suppression">For a <see cref="GateStatus.Suppressed"/> outcome: the accepted-regression entry's reason and where it is written.</param>
public sealed record GateOutcome(
    string? Code,
    GateStatus Status,
    GateCheck Check,
    string Metric,
    string? Estimator,
    string? Model,
    string? Dataset,
    string? Corruption,
    double? Current,
    double? Baseline,
    double Limit,
    string Message,
    string File,
    int Line,
    int Column,
    double? IntervalLower = null,
    double? IntervalUpper = null,
    double? PValue = null,
    int? CurrentSamples = null,
    int? BaselineSamples = null,
    string? Suppression = null);
