namespace SampleImportance.Build.Tasks.Reports;

/// <summary>A regression report that passed the schema checks.</summary>
/// <param name="Path">Full path of the report file.</param>
/// <param name="SuiteFile">The report's <c>suite.file</c>, or null.</param>
/// <param name="Passed">The report's overall verdict, cross-checked against the gates.</param>
/// <param name="Gates">The well-formed gate entries.</param>
/// <param name="MalformedGates">Entries rejected with SIG014; they are counted as not passed.</param>
/// <param name="Warnings">The report's <c>warnings</c> (e.g. SIG007 expired suppressions), logged as warnings.</param>
internal sealed record RegressionReport(
    string Path,
    string? SuiteName,
    string? SuiteFile,
    string? Run,
    string? Baseline,
    bool Passed,
    IReadOnlyList<GateResult> Gates,
    int MalformedGates,
    IReadOnlyList<ReportWarning>? Warnings = null);
