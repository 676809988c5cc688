using System.Globalization;
using System.Text;
using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Csv;

/// <summary>Reads a CSV file with a header row into a <see cref="SampleSet"/>, rows in file order. The label must be
/// numeric; the optional group column may hold any text (mapped to ids 0, 1, ... in order of first appearance);
/// every other column is a numeric feature taken exactly as written. Problems are reported as an
/// <see cref="InputException"/> whose errors name the file, the 1-based line and column, the column header and a fix.</summary>
public static class CsvSampleLoader
{
    private const string NumberFix = "Write plain numbers with '.' as the decimal point and no thousands separators, e.g. 3.25 or -1e-3.";

    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Label and group columns.</param>
    /// <exception cref="InputException">The file is missing, empty or malformed.</exception>
    public static SampleSet Load(string path, CsvLoadOptions options) => Load(path, options, new GroupIdMap(), new CategoryEncoder(options?.HashBuckets ?? 0));

    internal static SampleSet Load(string path, CsvLoadOptions options, GroupIdMap groupIds, CategoryEncoder categories)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            throw new InputException(new ValidationError(
                $"CSV file not found (full path: {Path.GetFullPath(path)}).",
                new SourceLocation(path),
                "Check the path; relative paths are resolved against the current directory."));
        }

        try
        {
            // Numeric files take the fast path; it declines anything it would read differently or must report.
            if (FastCsvLoader.TryLoad(path, options, Environment.ProcessorCount) is { } fast)
            {
                return fast;
            }

            return LoadCarefully(path, options, groupIds, categories);
        }
        catch (IOException ex)
        {
            throw new InputException(new ValidationError($"Cannot read the CSV file: {ex.Message}", new SourceLocation(path), "Check that the file exists and is readable."));
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException(new ValidationError($"Cannot read the CSV file: {ex.Message}", new SourceLocation(path), "Check the file's permissions."));
        }
    }

    /// <summary>The careful reader: one record at a time, every problem reported with its line and column. It reads
    /// everything the fast path declines and gives all the messages.</summary>
    internal static SampleSet LoadCarefully(string path, CsvLoadOptions options, GroupIdMap groupIds, CategoryEncoder categories)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(new CsvRecordReader(reader, path), path, options, groupIds, categories);
    }

    private static SampleSet Read(CsvRecordReader reader, string path, CsvLoadOptions options, GroupIdMap groupIds, CategoryEncoder categories)
    {
        var fields = new List<CsvField>();
        if (!reader.TryRead(fields, out _))
        {
            throw new InputException(new ValidationError(
                "The CSV file is empty.",
                new SourceLocation(path, 1, 1),
                $"Write a header row naming the columns (including the label column '{options.LabelColumn}'), then one row per sample."));
        }

        var layout = CsvLayout.FromHeader(fields, path, options);
        var errors = new List<ValidationError>();
        var features = new List<float>();
        var labels = new List<double>();
        var groups = options.GroupColumn is null ? null : new List<int>();
        var row = new float[layout.FeatureColumns.Length];
        var texts = layout.IdColumns.Select(_ => new List<string>()).ToArray();
        while (errors.Count < options.MaxErrors && reader.TryRead(fields, out var line))
        {
            if (fields.Count != layout.Headers.Count)
            {
                errors.Add(new ValidationError(
                    string.Create(CultureInfo.InvariantCulture, $"This row has {fields.Count} fields but the header has {layout.Headers.Count}."),
                    new SourceLocation(path, line, 1),
                    "Give every row one value per header column; quote values that contain commas."));
                continue;
            }

            var before = errors.Count;
            var label = ParseNumber(fields[layout.LabelColumn], layout.Headers[layout.LabelColumn], path, errors);
            for (var f = 0; f < row.Length; f++)
            {
                var column = layout.FeatureColumns[f];
                if (layout.Categorical[column])
                {
                    // The slot is kept as a float and expanded to indicators once every row (and so the vocabulary) is known.
                    row[f] = categories.Code(column, fields[column].Text.Trim());
                    continue;
                }

                if (options.Missing == MissingValuePolicy.Median && fields[column].Text.Trim().Length == 0)
                {
                    row[f] = float.NaN;
                    continue;
                }

                var value = ParseNumber(fields[column], layout.Headers[column], path, errors);
                // Rounded once from the text (float.Parse), not via the double, which can round twice.
                row[f] = double.IsNaN(value) ? float.NaN : float.Parse(fields[column].Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsFinite(value) && !float.IsFinite(row[f]))
                {
                    errors.Add(new ValidationError(
                        $"Value '{fields[column].Text}' in column '{layout.Headers[column]}' is too large for a 32-bit float feature.",
                        Location(path, fields[column]),
                        "Rescale the feature so its magnitude stays below 3.4e38."));
                }
            }

            if (errors.Count > before)
            {
                continue;
            }

            labels.Add(label);
            features.AddRange(row);
            groups?.Add(groupIds[fields[layout.GroupColumn].Text]);
            for (var c = 0; c < texts.Length; c++)
            {
                texts[c].Add(fields[layout.IdColumns[c]].Text);
            }
        }

        if (errors.Count >= options.MaxErrors)
        {
            errors.Add(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"Stopped reading after {options.MaxErrors} errors."),
                new SourceLocation(path),
                "Fix the errors above and load the file again."));
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        if (labels.Count == 0)
        {
            throw new InputException(new ValidationError(
                "The CSV file has a header row but no data rows.",
                new SourceLocation(path, 2, 1),
                "Add one row per sample below the header."));
        }

        var columns = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var c = 0; c < texts.Length; c++)
        {
            // Integer ids are kept as written, so values written per unit join back to the user's data; other text is
            // numbered in order of first appearance.
            columns[layout.Headers[layout.IdColumns[c]]] = AsIntegers(texts[c]) ?? Numbered(texts[c]);
        }

        var groupArray = groups?.ToArray();
        if (groupArray is not null)
        {
            columns[layout.Headers[layout.GroupColumn]] = groupArray;
        }

        if (!layout.Categorical.Contains(true))
        {
            return new SampleSet([.. features], row.Length, [.. labels], groupArray, featureNames: [.. layout.FeatureColumns.Select(c => layout.Headers[c])], columns: columns);
        }

        var (expanded, names) = Expand(features, layout, categories);
        return new SampleSet(expanded, names.Count, [.. labels], groupArray, featureNames: names, columns: columns);
    }

    /// <summary>Replaces each categorical slot by its indicator features, in header order.</summary>
    private static (float[] Features, List<string> Names) Expand(List<float> raw, CsvLayout layout, CategoryEncoder categories)
    {
        var names = new List<string>();
        var offsets = new int[layout.FeatureColumns.Length];
        foreach (var (column, f) in layout.FeatureColumns.Select((c, f) => (c, f)))
        {
            offsets[f] = names.Count;
            if (layout.Categorical[column])
            {
                names.AddRange(Enumerable.Range(0, categories.Width(column)).Select(code => categories.Name(column, layout.Headers[column], code)));
            }
            else
            {
                names.Add(layout.Headers[column]);
            }
        }

        var width = layout.FeatureColumns.Length;
        var rows = raw.Count / width;
        var expanded = new float[(long)rows * names.Count];
        for (var r = 0; r < rows; r++)
        {
            for (var f = 0; f < width; f++)
            {
                var value = raw[(r * width) + f];
                var target = ((long)r * names.Count) + offsets[f];
                if (!layout.Categorical[layout.FeatureColumns[f]])
                {
                    expanded[target] = value;
                }
                else if (value >= 0)
                {
                    expanded[target + (int)value] = 1;
                }
            }
        }

        // A one-hot layout is fixed by the first file: companions must produce the same columns.
        categories.Freeze();
        return (expanded, names);
    }

    /// <summary>Parses a number; on failure records an error naming the value and returns NaN.</summary>
    private static double ParseNumber(CsvField field, string header, string path, List<ValidationError> errors)
    {
        var text = field.Text.Trim();
        if (text.Length == 0)
        {
            errors.Add(new ValidationError($"Column '{header}' is empty in this row; a number is required.", Location(path, field), NumberFix));
            return double.NaN;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new ValidationError($"Value '{field.Text}' in column '{header}' is not a number.", Location(path, field), NumberFix));
            return double.NaN;
        }

        if (!double.IsFinite(value))
        {
            var what = double.IsNaN(value) ? "NaN" : "infinite";
            errors.Add(new ValidationError(
                $"Value '{field.Text}' in column '{header}' is {what}; only finite numbers are allowed.",
                Location(path, field),
                "Replace missing or undefined values with a finite number (for example 0 plus an indicator column), or drop the row."));
            return double.NaN;
        }

        return value;
    }

    private static SourceLocation Location(string path, CsvField field) => new(path, field.Line, field.Column);

    private static int[] Numbered(List<string> texts)
    {
        var map = new GroupIdMap();
        return [.. texts.Select(text => map[text])];
    }

    private static int[]? AsIntegers(List<string> texts)
    {
        var values = new int[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            if (!int.TryParse(texts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }

        return values;
    }
}
