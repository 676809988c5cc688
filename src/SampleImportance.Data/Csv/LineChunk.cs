namespace SampleImportance.Data.Csv;

/// <summary>What the first pass of <see cref="ChunkedCsvLoader"/> learned about one chunk of a file's bytes: the
/// non-blank lines whose line feed lies in it (so the rows it owns), where its last line feed is, and what would make
/// lines not records (a quote, a carriage return not followed by a line feed).</summary>
/// <param name="Records">Non-blank lines ending in the chunk.</param>
/// <param name="LastLineFeed">File offset of the chunk's last line feed, or −1.</param>
/// <param name="HasQuote">The chunk holds a quote character.</param>
/// <param name="CarriageReturns">Carriage returns in the chunk.</param>
/// <param name="CrLfs">Line feeds in the chunk right after a carriage return (which may lie in the chunk before).</param>
internal readonly record struct LineChunk(int Records, long LastLineFeed, bool HasQuote, int CarriageReturns, int CrLfs);
