namespace SampleImportance.Reporting.Gates;

/// <summary>The whole of <c>regression.json</c>: every gate outcome of a current run against a baseline.</summary>
/// <param name="Schema">Always <see cref="SchemaId"/>.</param>
/// <param name="SchemaVersion">Always <see cref="CurrentSchemaVersion"/> when written by this version.</param>
/// <param name="Suite">The suite of the current run.</param>
/// <param name="Run">Path of the current run.json.</param>
/// <param name="Baseline">Path of the baseline run.json.</param>
/// <param name="GeneratedAt">When the comparison was made (passed in, never read from a clock here).</param>
/// <param name="Passed">True only when there is at least one outcome and every outcome passed or is suppressed.</param>
/// <param name="Gates">Outcomes in gate order, then row order, then check order (min, max, max-drop, max-increase).</param>
/// <param name="Cells">New, missing and changed cells against the baseline.</param>
/// <param name="Warnings">Warnings that judge no gate, e.g. expired suppressions (<see cref="GateCodes.SuppressionExpired"/>).</param>
public sealed record RegressionReport(
    string Schema,
    int SchemaVersion,
    RegressionSuite Suite,
    string Run,
    string Baseline,
    DateTimeOffset GeneratedAt,
    bool Passed,
    IReadOnlyList<GateOutcome> Gates,
    Baselines.BaselineCells? Cells = null,
    IReadOnlyList<GateWarning>? Warnings = null)
{
    public const string SchemaId = "sampleimportance/regression";
    public const int CurrentSchemaVersion = 1;
}
