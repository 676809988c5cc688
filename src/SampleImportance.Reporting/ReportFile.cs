namespace SampleImportance.Reporting;

/// <summary>One file of a <see cref="ReportSet"/>: a plain file name (no directory part) and its text.</summary>
public sealed record ReportFile(string FileName, string Contents);
