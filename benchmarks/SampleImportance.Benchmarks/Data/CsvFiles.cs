using System.Globalization;
using System.Text;

namespace SampleImportance.Benchmarks.Data;

/// <summary>The CSV shapes the peer script reads and writes: a header row, features f0..f(d−1), label last; and one value per line under a header.</summary>
internal static class CsvFiles
{
    /// <summary>Header name of the label column.</summary>
    public const string LabelColumn = "label";

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> (via a temporary file, so a half-written file is never read).</summary>
    public static void WriteRows(string path, LabelledRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var temporary = path + ".partial";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 20))
        {
            var header = new StringBuilder();
            for (var j = 0; j < rows.FeatureCount; j++)
            {
                header.Append('f').Append(j.ToString(CultureInfo.InvariantCulture)).Append(',');
            }

            writer.Write(header.Append(LabelColumn).Append('\n').ToString());
            var line = new StringBuilder();
            for (var r = 0; r < rows.Count; r++)
            {
                line.Clear();
                for (var j = 0; j < rows.FeatureCount; j++)
                {
                    // Shortest round-trip form: grid values print exactly (e.g. -0.40625).
                    line.Append(rows.Features[((long)r * rows.FeatureCount) + j].ToString(CultureInfo.InvariantCulture)).Append(',');
                }

                line.Append(rows.Labels[r].ToString(CultureInfo.InvariantCulture)).Append('\n');
                writer.Write(line.ToString());
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes one value per line under the header <c>value</c>, in round-trip form.</summary>
    public static void WriteValues(string path, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("value\n");
        foreach (var value in values)
        {
            writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    /// <summary>Reads a file written by <see cref="WriteValues"/> or by the peer's <c>np.savetxt(..., header="value")</c>.</summary>
    public static double[] ReadValues(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != "value")
        {
            throw new InvalidDataException($"{path}: expected a 'value' header row.");
        }

        return lines.Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => double.Parse(l, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
    }
}
