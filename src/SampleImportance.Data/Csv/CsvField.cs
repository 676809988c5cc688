namespace SampleImportance.Data.Csv;

/// <summary>One field of a CSV record, unquoted, with the 1-based line and column where it starts.</summary>
internal readonly record struct CsvField(string Text, int Line, int Column);
