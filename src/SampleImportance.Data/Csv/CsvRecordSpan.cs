namespace SampleImportance.Data.Csv;

/// <summary>One record found by <see cref="CsvChunkSplitter"/>: byte offsets in the chunk, line terminator excluded.</summary>
/// <param name="Start">Offset of the first byte.</param>
/// <param name="End">Offset one past the last byte.</param>
/// <param name="Quoted">True when the record holds a quoted field (its fields need unescaping).</param>
internal readonly record struct CsvRecordSpan(int Start, int End, bool Quoted);
