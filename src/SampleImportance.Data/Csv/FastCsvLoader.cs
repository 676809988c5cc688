using System.Text;
using SampleImportance.Abstractions;

namespace SampleImportance.Data.Csv;

/// <summary>
/// The fast path of <see cref="CsvSampleLoader"/> for numeric files (no group, id or categorical columns). Files
/// without quotes in their rows go to <see cref="ChunkedCsvLoader"/> (chunks read and parsed in parallel); others are
/// read in large blocks of UTF-8 bytes, records found with vectorized searches, and each block's records parsed on
/// several threads straight into one flat feature array sized from a count of the line breaks. It never reports a
/// problem itself: on anything unusual it returns null and the careful reader reads the file again, so messages
/// (file, line, column, fix) are exactly the careful reader's.
/// </summary>
internal static class FastCsvLoader
{
    /// <summary>Bytes read per block: large enough to amortise the thread hand-off, small enough to stay in cache-ish
    /// memory rather than holding the whole file.</summary>
    public const int BlockBytes = 4 << 20;

    /// <summary>Loads <paramref name="path"/>, or returns null when the careful reader must (unsupported options or
    /// any malformed input).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">The load options.</param>
    /// <param name="threads">Threads that parse each block; the result does not depend on it.</param>
    /// <param name="blockBytes">Bytes per block (tests use tiny blocks to cross every boundary).</param>
    /// <param name="chunkBytes">Bytes per chunk of a file without quotes (<see cref="ChunkedCsvLoader"/>); 0 chooses.</param>
    public static SampleSet? TryLoad(string path, CsvLoadOptions options, int threads, int blockBytes = BlockBytes, int chunkBytes = 0)
    {
        if (options.GroupColumn is not null || options.IdColumns.Count > 0 || options.CategoricalColumns.Count > 0)
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[blockBytes];
        var filled = Fill(stream, buffer, 0);
        var offset = buffer.AsSpan(0, filled).StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var records = new List<CsvRecordSpan>();
        var final = filled < buffer.Length;
        while (true)
        {
            // The header: read the first record whole, growing the block for an absurdly long one.
            if (!CsvChunkSplitter.Split(buffer.AsSpan(offset, filled - offset), final, records, out _))
            {
                return null;
            }

            if (records.Count > 0 || final)
            {
                break;
            }

            Array.Resize(ref buffer, buffer.Length * 2);
            filled += Fill(stream, buffer, filled);
            final = filled < buffer.Length;
        }

        if (records.Count < 2)
        {
            // Empty, header only, or one record longer than a block: rare, and the careful reader knows what to say.
            return null;
        }

        var header = records[0];
        var headerText = Encoding.UTF8.GetString(buffer, offset, header.End);
        var headerFields = new List<CsvField>();
        new CsvRecordReader(new StringReader(headerText), path).TryRead(headerFields, out _);
        var layout = CsvLayout.FromHeader(headerFields, path, options);
        var width = layout.FeatureColumns.Length;
        var row = new CsvNumericRow(layout, options.Missing == MissingValuePolicy.Median);
        var featureNames = layout.FeatureColumns.Select(c => layout.Headers[c]).ToArray();
        switch (ChunkedCsvLoader.TryLoad(stream.SafeFileHandle, offset + header.End, row, width, threads, chunkBytes, out var chunkedFeatures, out var chunkedLabels))
        {
            case ChunkedCsvLoader.Outcome.Loaded:
                return new SampleSet(chunkedFeatures, width, chunkedLabels, featureNames: featureNames, columns: new Dictionary<string, int[]>(StringComparer.Ordinal));
            case ChunkedCsvLoader.Outcome.Malformed:
                return null;
        }

        // Quoted fields may hold line breaks: split records in order, block by block.
        stream.Position = 0;
        var capacity = LineBreakCounter.MaxRecords(stream) - 1;
        stream.Position = offset + header.End;
        filled = Fill(stream, buffer, 0);
        final = filled < buffer.Length;
        var features = new float[(long)capacity * width];
        var labels = new double[capacity];
        var rows = 0;
        var start = 0;
        records.Clear();
        while (true)
        {
            if (!CsvChunkSplitter.Split(buffer.AsSpan(start, filled - start), final, records, out var consumed)
                || (records.Count == 0 && !final && consumed == 0 && start == 0 && filled == buffer.Length))
            {
                // Malformed, or a record longer than the block: the careful reader handles both.
                return null;
            }

            if (rows + records.Count > capacity || !ParseBlock(buffer, start, filled - start, records, row, features, labels, rows, width, threads))
            {
                return null;
            }

            rows += records.Count;
            records.Clear();
            if (final)
            {
                break;
            }

            // Keep the unfinished record and read on behind it.
            var kept = filled - start - consumed;
            Buffer.BlockCopy(buffer, start + consumed, buffer, 0, kept);
            filled = kept + Fill(stream, buffer, kept);
            final = filled < buffer.Length;
            start = 0;
        }

        if (rows == 0)
        {
            return null;
        }

        if (rows != capacity)
        {
            // Blank lines or quoted line breaks made the bound loose.
            Array.Resize(ref features, rows * width);
            Array.Resize(ref labels, rows);
        }

        return new SampleSet(features, width, labels, featureNames: featureNames, columns: new Dictionary<string, int[]>(StringComparer.Ordinal));
    }

    private static bool ParseBlock(byte[] buffer, int start, int length, List<CsvRecordSpan> records, CsvNumericRow row, float[] features, double[] labels, int firstRow, int width, int threads)
    {
        var parts = Math.Clamp(records.Count / 256, 1, Math.Max(1, threads) * 4);
        var failed = 0;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, part =>
        {
            var from = (int)((long)records.Count * part / parts);
            var to = (int)((long)records.Count * (part + 1) / parts);
            if (Volatile.Read(ref failed) == 0 && !ParseRange(buffer.AsSpan(start, length), records, from, to, row, features, labels, firstRow, width))
            {
                Volatile.Write(ref failed, 1);
            }
        });
        return failed == 0;
    }

    private static bool ParseRange(ReadOnlySpan<byte> block, List<CsvRecordSpan> records, int from, int to, CsvNumericRow row, float[] features, double[] labels, int firstRow, int width)
    {
        for (var r = from; r < to; r++)
        {
            var record = records[r];
            var target = firstRow + r;
            if (!row.TryParse(block[record.Start..record.End], record.Quoted, features.AsSpan(target * width, width), out labels[target]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the file ends; returns the bytes read.</summary>
    private static int Fill(Stream stream, byte[] buffer, int from)
    {
        var total = 0;
        int read;
        while (from + total < buffer.Length && (read = stream.Read(buffer, from + total, buffer.Length - from - total)) > 0)
        {
            total += read;
        }

        return total;
    }
}
