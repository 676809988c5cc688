namespace SampleImportance.Build.Tasks.Diagnostics;

/// <summary>
/// One coded error for MSBuild to log, with the place an IDE or CI annotation should point at.
/// Line and column are 1-based; 0 means unknown (MSBuild then shows the file only).
/// </summary>
internal sealed record GateDiagnostic(string Code, string Message, string? File, int Line, int Column);
