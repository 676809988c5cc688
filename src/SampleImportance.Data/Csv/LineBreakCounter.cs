namespace SampleImportance.Data.Csv;

/// <summary>An upper bound on a CSV file's records from one vectorized pass over its bytes, so the feature array can
/// be allocated once at its final size (exact for files without blank lines or quoted line breaks).</summary>
internal static class LineBreakCounter
{
    /// <summary>Line feeds, plus carriage returns not followed by a line feed, plus one for a last line without a
    /// break: every record ends at one of those, so there are at most that many.</summary>
    public static int MaxRecords(Stream stream)
    {
        var buffer = new byte[1 << 20];
        long count = 0;
        var previous = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var block = buffer.AsSpan(0, read);
            var carriageReturns = block.Count((byte)'\r');
            count += block.Count((byte)'\n') + (carriageReturns == 0 ? 0 : carriageReturns - block.Count("\r\n"u8));
            if (previous == (byte)'\r' && block[0] == (byte)'\n')
            {
                // A CRLF split across blocks: its CR was counted alone in the previous block.
                count--;
            }

            previous = block[^1];
        }

        if (previous is not ((byte)'\n' or (byte)'\r'))
        {
            count++;
        }

        return (int)Math.Min(count, int.MaxValue);
    }
}
