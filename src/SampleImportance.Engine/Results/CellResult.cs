using SampleImportance.Evaluation;
using SampleImportance.Suites;
using SampleImportance.Timing;

namespace SampleImportance.Engine.Results;

/// <summary>Everything recorded for one cell.</summary>
/// <param name="Key">The cell's identity.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Error">Failure message (exception type and message), or null.</param>
/// <param name="Metrics">Quality and cost metrics by name, e.g. <c>noisy-detection.auroc</c>, <c>time.median</c>.</param>
/// <param name="Timing">BenchmarkDotNet timing, or null when not timed.</param>
/// <param name="UtilityEvaluations">Utility evaluations the quality pass used.</param>
/// <param name="Notes">Estimator and runner notes.</param>
/// <param name="RemovalCurve">Removal task curve, or null.</param>
/// <param name="Setup">What the cell really ran with: unit, utility metric and effective parameters (defaults filled in); null for results read from an older run.json.</param>
public sealed record CellResult(
    CellKey Key,
    CellStatus Status,
    string? Error,
    IReadOnlyDictionary<string, double> Metrics,
    TimingResult? Timing,
    long UtilityEvaluations,
    IReadOnlyList<string> Notes,
    IReadOnlyList<CurvePoint>? RemovalCurve,
    CellSetup? Setup = null);
