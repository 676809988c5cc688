using System.Globalization;
using System.Text;
using SampleImportance.Abstractions;

namespace SampleImportance.Reporting.Values;

/// <summary>
/// The one format of importance values on disk, written by <c>score --out</c> and by <c>run</c> per cell: a header
/// <c>index,value</c> (rows, by input index) or <c>&lt;unit&gt;,value</c> (groups, by their id in the unit column), then
/// one line per unit in unit order, with <c>\n</c> line ends and each value in round-trip form (<c>"R"</c>, invariant
/// culture), so the same values give the same bytes and a reader gets every bit back.
/// </summary>
public static class ValuesCsv
{
    /// <summary>The file's text.</summary>
    public static string Format(UnitPartition units, IReadOnlyList<double> values)
    {
        Check(units, values);
        using var bytes = new MemoryStream();
        WriteTo(bytes, units, values);
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    /// <summary>Writes the file atomically (see <see cref="AtomicFile"/>), creating its folder; the bytes are those of
    /// <see cref="Format"/>, streamed, so a million values never exist as one string.</summary>
    public static void Write(string path, UnitPartition units, IReadOnlyList<double> values)
    {
        Check(units, values);
        AtomicFile.Write(path, stream => WriteTo(stream, units, values));
    }

    // Callers check first (Write before any temporary file exists).
    private static void WriteTo(Stream stream, UnitPartition units, IReadOnlyList<double> values)
    {
        stream.Write(Encoding.UTF8.GetBytes(units.IsRows ? "index,value\n" : units.Name + ",value\n"));
        var buffer = new byte[64 << 10];
        var used = 0;
        for (var i = 0; i < values.Count; i++)
        {
            // An id takes at most 11 bytes and a round-trip double 24, so 64 always hold a line.
            if (buffer.Length - used < 64)
            {
                stream.Write(buffer, 0, used);
                used = 0;
            }

            units.IdOf(i).TryFormat(buffer.AsSpan(used), out var written, default, CultureInfo.InvariantCulture);
            used += written;
            buffer[used++] = (byte)',';
            values[i].TryFormat(buffer.AsSpan(used), out written, "R", CultureInfo.InvariantCulture);
            used += written;
            buffer[used++] = (byte)'\n';
        }

        stream.Write(buffer, 0, used);
    }

    private static void Check(UnitPartition units, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != units.Count)
        {
            throw new ArgumentException($"{values.Count} values for {units.Count} units.", nameof(values));
        }
    }
}
