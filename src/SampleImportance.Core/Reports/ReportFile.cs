namespace SampleImportance.Core.Reports;

/// <summary>One file of a <see cref="ReportSet"/>: a plain file name (no directory part) and its text.</summary>
public sealed record ReportFile(string FileName, string Contents);
