namespace SampleImportance.Data.Sources;

/// <summary>One parsed SVMlight line: label, query id text (or null), sparse features (1-based index, value).</summary>
internal sealed record SvmlightRow(double Label, string? Qid, (int Index, float Value)[] Features, int Line);
