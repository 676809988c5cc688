using SampleImportance.Build.Tasks.Diagnostics;

namespace SampleImportance.Build.Tasks.Reports;

/// <summary>
/// What reading a report gave: the report when it can be evaluated (possibly with some gate entries rejected),
/// and every problem found. A null <see cref="Report"/> always comes with at least one problem.
/// </summary>
internal sealed record ReportReadResult(RegressionReport? Report, IReadOnlyList<GateDiagnostic> Problems);
