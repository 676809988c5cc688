namespace SampleImportance.Build.Tasks.Reports;

/// <summary>One entry of the report's <c>gates</c> array, checked for required fields and types.</summary>
/// <param name="Index">Position in the <c>gates</c> array, for messages.</param>
/// <param name="CheckName">The check as written (<c>max-drop</c>), for messages.</param>
/// <param name="ReportedCode">The report's own <c>code</c> field; informational only.</param>
internal sealed record GateResult(
    int Index,
    GateStatus Status,
    GateCheck Check,
    string CheckName,
    string Metric,
    string? Estimator,
    string? Model,
    string? Dataset,
    string? Corruption,
    double? Current,
    double? Baseline,
    double Limit,
    string? Message,
    string? ReportedCode,
    string? File,
    int Line,
    int Column);
