namespace SampleImportance.Reporting.Output;

/// <summary>
/// The marker <c>run.incomplete.json</c>, written before the first cell runs and removed only once every report is
/// written: while it exists, the directory's reports (if any) are not this run's, and <c>cells/</c> holds what it finished.
/// </summary>
internal sealed record RunInProgress(
    string Schema,
    int SchemaVersion,
    string Suite,
    string SuiteFile,
    string SuiteSha256,
    DateTimeOffset StartedAt,
    int PlannedCells,
    string CellsDirectory,
    string Message)
{
    public const string SchemaId = "sampleimportance/run-in-progress";
    public const int CurrentSchemaVersion = 1;
}
