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
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != units.Count)
        {
            throw new ArgumentException($"{values.Count} values for {units.Count} units.", nameof(values));
        }

        var text = new StringBuilder(units.IsRows ? "index,value\n" : units.Name + ",value\n");
        for (var i = 0; i < values.Count; i++)
        {
            text.Append(units.IdOf(i).ToString(CultureInfo.InvariantCulture))
                .Append(',')
                .Append(values[i].ToString("R", CultureInfo.InvariantCulture))
                .Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes the file atomically (see <see cref="AtomicFile"/>), creating its folder.</summary>
    public static void Write(string path, UnitPartition units, IReadOnlyList<double> values) =>
        AtomicFile.WriteAllText(path, Format(units, values));
}
