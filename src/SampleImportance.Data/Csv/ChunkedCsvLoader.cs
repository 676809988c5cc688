using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace SampleImportance.Data.Csv;

/// <summary>
/// The data rows of a numeric CSV without quotes, read on several threads at once. Without quotes every line feed ends
/// a record, so the file splits into chunks anywhere: a first pass counts each chunk's records (vectorized line-feed
/// searches), which fixes every chunk's first row; a second pass parses the chunks in parallel straight into one
/// feature array of exactly the final size. Each thread reads its chunk with positional reads into its own buffer,
/// so memory beyond the result is a few chunk-sized buffers.
/// </summary>
internal static class ChunkedCsvLoader
{
    /// <summary>What <see cref="TryLoad"/> found.</summary>
    public enum Outcome
    {
        /// <summary>Every row was read.</summary>
        Loaded,

        /// <summary>The data holds quotes or lone carriage returns: lines are not records, another reader must split them.</summary>
        NotLineBased,

        /// <summary>A row the careful reader would report or read differently.</summary>
        Malformed,
    }

    /// <summary>Most bytes per chunk: enough to amortise a thread hand-off, little enough to balance the threads.</summary>
    public const int MaxChunkBytes = 8 << 20;

    /// <summary>Reads the rows from <paramref name="dataStart"/> (the header's line break) to the end of the file.</summary>
    /// <param name="file">The open file.</param>
    /// <param name="dataStart">File offset just past the header record.</param>
    /// <param name="row">Parses one record.</param>
    /// <param name="width">Features per row.</param>
    /// <param name="threads">Threads to use; the result does not depend on it.</param>
    /// <param name="chunkBytes">Bytes per chunk, or 0 to choose from the file's size (tests use tiny chunks).</param>
    /// <param name="features">The rows' features, row-major, when loaded.</param>
    /// <param name="labels">The rows' labels, when loaded.</param>
    public static Outcome TryLoad(SafeFileHandle file, long dataStart, CsvNumericRow row, int width, int threads, int chunkBytes, out float[] features, out double[] labels)
    {
        features = [];
        labels = [];
        var length = RandomAccess.GetLength(file);
        threads = Math.Max(1, threads);
        if (chunkBytes <= 0)
        {
            chunkBytes = (int)Math.Clamp((length - dataStart) / (threads * 8), 1 << 16, MaxChunkBytes);
        }

        var count = (int)Math.Max(1, (length - dataStart + chunkBytes - 1) / chunkBytes);
        var chunks = new LineChunk[count];
        var buffers = new byte[Math.Min(threads, count)][];
        ForEachChunk(count, buffers, (int c, ref byte[] buffer) =>
            chunks[c] = Survey(file, dataStart, dataStart + ((long)c * chunkBytes), Math.Min(length, dataStart + ((long)(c + 1) * chunkBytes)), ref buffer));

        if (chunks.Any(c => c.HasQuote) || chunks.Sum(c => (long)c.CarriageReturns) != chunks.Sum(c => (long)c.CrLfs))
        {
            return Outcome.NotLineBased;
        }

        // Where each chunk's records start (just past the last line feed before it) and which row is its first.
        var begins = new long[count + 1];
        var firstRows = new long[count + 1];
        var lastLineFeed = dataStart - 1;
        for (var c = 0; c < count; c++)
        {
            begins[c] = lastLineFeed + 1;
            firstRows[c + 1] = firstRows[c] + chunks[c].Records;
            lastLineFeed = chunks[c].LastLineFeed >= 0 ? chunks[c].LastLineFeed : lastLineFeed;
        }

        // A last line without a line break is the last chunk's; it cannot be blank, a lone CR would have been refused.
        begins[count] = length;
        firstRows[count] += lastLineFeed + 1 < length ? 1 : 0;
        var rows = firstRows[count];
        if (rows == 0 || rows * width > Array.MaxLength)
        {
            return Outcome.Malformed;
        }

        // Every element is written below before anyone reads it, so the memory need not be cleared first.
        var parsedFeatures = GC.AllocateUninitializedArray<float>((int)(rows * width));
        var parsedLabels = GC.AllocateUninitializedArray<double>((int)rows);
        var failed = 0;
        ForEachChunk(count, buffers, (int c, ref byte[] buffer) =>
        {
            var end = c == count - 1 ? length : chunks[c].LastLineFeed + 1;
            if (Volatile.Read(ref failed) == 0 && end > begins[c]
                && !Parse(file, begins[c], end, row, width, parsedFeatures, parsedLabels, firstRows[c], firstRows[c + 1], ref buffer))
            {
                Volatile.Write(ref failed, 1);
            }
        });

        if (failed != 0)
        {
            return Outcome.Malformed;
        }

        features = parsedFeatures;
        labels = parsedLabels;
        return Outcome.Loaded;
    }

    private delegate void ChunkAction(int chunk, ref byte[] buffer);

    /// <summary>Runs <paramref name="action"/> on every chunk, one worker per buffer taking the next chunk in turn, so
    /// there are exactly as many buffers as workers (kept for the next pass).</summary>
    private static void ForEachChunk(int count, byte[][] buffers, ChunkAction action)
    {
        var next = -1;
        Parallel.For(0, buffers.Length, new ParallelOptions { MaxDegreeOfParallelism = buffers.Length }, worker =>
        {
            ref var buffer = ref buffers[worker];
            buffer ??= [];
            int chunk;
            while ((chunk = Interlocked.Increment(ref next)) < count)
            {
                action(chunk, ref buffer);
            }
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LineChunk Survey(SafeFileHandle file, long dataStart, long start, long end, ref byte[] buffer)
    {
        // Two bytes before the chunk tell whether its first line is blank (nothing, or a lone CR, since the line feed before).
        var from = Math.Max(dataStart, start - 2);
        var bytes = Read(file, from, end, ref buffer);
        var own = (int)(start - from);
        var chunk = bytes[own..];
        var records = 0;
        var crLfs = 0;
        var lastLineFeed = -1L;
        var position = own;
        int next;
        while ((next = bytes[position..].IndexOf((byte)'\n')) >= 0)
        {
            var lineFeed = position + next;
            var afterCr = lineFeed > 0 && bytes[lineFeed - 1] == (byte)'\r';
            crLfs += afterCr ? 1 : 0;
            var body = afterCr ? lineFeed - 1 : lineFeed;

            // Before `from` lies nothing but the header's end, which only happens when `from` is the data's start.
            var blank = body == 0 || bytes[body - 1] == (byte)'\n';
            records += blank ? 0 : 1;
            lastLineFeed = from + lineFeed;
            position = lineFeed + 1;
        }

        return new LineChunk(records, lastLineFeed, chunk.Contains((byte)'"'), chunk.Count((byte)'\r'), crLfs);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Parse(SafeFileHandle file, long begin, long end, CsvNumericRow row, int width, float[] features, double[] labels, long firstRow, long endRow, ref byte[] buffer)
    {
        var bytes = Read(file, begin, end, ref buffer);
        var target = firstRow;
        var position = 0;
        while (position < bytes.Length)
        {
            var next = bytes[position..].IndexOf((byte)'\n');
            var lineEnd = next < 0 ? bytes.Length : position + next;
            var line = bytes[position..lineEnd];
            position = lineEnd + 1;
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.IsEmpty)
            {
                continue;
            }

            if (target == endRow || !row.TryParse(line, quoted: false, features.AsSpan((int)(target * width), width), out labels[target]))
            {
                return false;
            }

            target++;
        }

        return target == endRow;
    }

    /// <summary>The bytes from <paramref name="from"/> to <paramref name="to"/>, read into <paramref name="buffer"/> (grown when short).</summary>
    private static ReadOnlySpan<byte> Read(SafeFileHandle file, long from, long to, ref byte[] buffer)
    {
        var length = (int)(to - from);
        if (buffer.Length < length)
        {
            // Room for the line carried over from the chunk before, so the second pass rarely grows it again.
            buffer = new byte[length + Math.Min(length / 8, 1 << 20)];
        }

        var filled = 0;
        int read;
        while (filled < length && (read = RandomAccess.Read(file, buffer.AsSpan(filled, length - filled), from + filled)) > 0)
        {
            filled += read;
        }

        return buffer.AsSpan(0, filled);
    }
}
