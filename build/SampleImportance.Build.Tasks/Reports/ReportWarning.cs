namespace SampleImportance.Build.Tasks.Reports;

/// <summary>
/// One entry of the report's <c>warnings</c> array: a coded note that judges no gate, such as an expired suppression
/// (SIG007) found by <c>sampleimportance compare</c>. The gate logs it as an MSBuild warning.
/// </summary>
/// <param name="File">The file it points at (the suppressions file), or null.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
internal sealed record ReportWarning(string Code, string Message, string? File, int Line);
