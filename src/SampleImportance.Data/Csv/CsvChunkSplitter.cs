using System.Buffers;

namespace SampleImportance.Data.Csv;

/// <summary>
/// Finds whole records in a block of UTF-8 bytes with the same rules as <see cref="CsvRecordReader"/> (a quote opens a
/// quoted field only at the start of a field; inside one, <c>""</c> is a quote and line breaks are data; LF, CRLF and
/// CR end a record; empty lines are skipped), jumping between quotes and line breaks with vectorized searches.
/// Anything the careful reader would report (text after a closing quote, a quote never closed) makes it give up.
/// </summary>
internal static class CsvChunkSplitter
{
    private static readonly SearchValues<byte> Specials = SearchValues.Create("\"\r\n"u8);

    /// <summary>Appends the complete records of <paramref name="data"/> to <paramref name="records"/>.</summary>
    /// <param name="data">The bytes read so far and not yet consumed.</param>
    /// <param name="final">True when no more bytes follow: the last record may end without a line break.</param>
    /// <param name="records">Where the records go.</param>
    /// <param name="consumed">How many bytes the records (and skipped line breaks) cover; the rest starts a record.</param>
    /// <returns>False when the bytes are malformed: the caller falls back to the careful reader for its message.</returns>
    public static bool Split(ReadOnlySpan<byte> data, bool final, List<CsvRecordSpan> records, out int consumed)
    {
        consumed = 0;
        var position = 0;
        while (true)
        {
            while (position < data.Length && data[position] is (byte)'\r' or (byte)'\n')
            {
                position++;
            }

            if (position == data.Length)
            {
                consumed = position;
                return true;
            }

            var start = position;
            var quoted = false;
            while (true)
            {
                var next = data[position..].IndexOfAny(Specials);
                if (next < 0)
                {
                    if (final)
                    {
                        records.Add(new CsvRecordSpan(start, data.Length, quoted));
                        consumed = data.Length;
                    }

                    return true;
                }

                position += next;
                if (data[position] != (byte)'"')
                {
                    // A CR is only complete once we know whether an LF follows; the loop above skips either.
                    records.Add(new CsvRecordSpan(start, position, quoted));
                    consumed = position;
                    break;
                }

                if (position != start && data[position - 1] != (byte)',')
                {
                    // A quote inside an unquoted field is an ordinary character.
                    position++;
                    continue;
                }

                quoted = true;
                var close = SkipQuoted(data, position + 1, final);
                if (close < 0)
                {
                    return !final;
                }

                if (close < data.Length && data[close] is not ((byte)',' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }

                if (close == data.Length && !final)
                {
                    return true;
                }

                position = close;
                if (close == data.Length)
                {
                    records.Add(new CsvRecordSpan(start, close, quoted));
                    consumed = close;
                    return true;
                }
            }
        }
    }

    /// <summary>The offset just past the closing quote of a field whose content starts at <paramref name="from"/>;
    /// −1 when the data ends first (or, unless <paramref name="final"/>, ends on a quote that may be half of <c>""</c>).</summary>
    public static int SkipQuoted(ReadOnlySpan<byte> data, int from, bool final)
    {
        var position = from;
        while (true)
        {
            var next = data[position..].IndexOf((byte)'"');
            if (next < 0)
            {
                return -1;
            }

            position += next + 1;
            if (position == data.Length)
            {
                return final ? position : -1;
            }

            if (data[position] != (byte)'"')
            {
                return position;
            }

            position++;
        }
    }
}
