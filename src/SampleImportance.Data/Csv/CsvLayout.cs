using SampleImportance.Validation;

namespace SampleImportance.Data.Csv;

/// <summary>Which header column is the label, which the group, and which are features.</summary>
internal sealed record CsvLayout(IReadOnlyList<string> Headers, int LabelColumn, int GroupColumn, int[] IdColumns, int[] FeatureColumns, bool[] Categorical)
{
    /// <summary>Reads the header record and resolves the columns named in <paramref name="options"/>.</summary>
    /// <exception cref="InputException">Duplicate headers, a named column missing, or no feature column left.</exception>
    public static CsvLayout FromHeader(List<CsvField> header, string path, CsvLoadOptions options)
    {
        var headers = header.Select(f => f.Text.Trim()).ToArray();
        var errors = new List<ValidationError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            if (!seen.Add(headers[i]))
            {
                errors.Add(new ValidationError($"Column name '{headers[i]}' appears more than once in the header.", new SourceLocation(path, header[i].Line, header[i].Column), "Give every column a distinct name."));
            }
        }

        var label = Find(headers, options.LabelColumn, "label", header, path, errors);
        var group = options.GroupColumn is null ? -1 : Find(headers, options.GroupColumn, "group", header, path, errors);
        if (label >= 0 && label == group)
        {
            errors.Add(new ValidationError($"Column '{options.LabelColumn}' is named as both the label and the group column.", new SourceLocation(path, 1, 1), "Name two different columns."));
        }

        var ids = options.IdColumns.Where(c => c != options.GroupColumn).Distinct(StringComparer.Ordinal)
            .Select(c => Find(headers, c, "id", header, path, errors)).ToArray();
        if (label >= 0 && ids.Contains(label))
        {
            errors.Add(new ValidationError($"Column '{options.LabelColumn}' is named as both the label and an id column.", new SourceLocation(path, 1, 1), "Name two different columns."));
        }

        var featureColumns = Enumerable.Range(0, headers.Length).Where(i => i != label && i != group && !ids.Contains(i)).ToArray();
        var categorical = new bool[headers.Length];
        foreach (var name in options.CategoricalColumns)
        {
            // 'C*' names every feature column starting with C: Criteo-style files have dozens of categorical columns.
            var matches = name.EndsWith('*')
                ? featureColumns.Where(i => headers[i].StartsWith(name[..^1], StringComparison.Ordinal)).ToArray()
                : featureColumns.Where(i => headers[i] == name).ToArray();
            if (matches.Length == 0)
            {
                errors.Add(new ValidationError(
                    $"The categorical column '{name}' is not a feature column of the header. Columns: {string.Join(", ", headers)}.",
                    new SourceLocation(path, header.Count > 0 ? header[0].Line : 1, 1),
                    "Name feature columns (not the label, group or id columns) as categorical; 'C*' names every column starting with C."));
            }

            foreach (var i in matches)
            {
                categorical[i] = true;
            }
        }

        if (errors.Count == 0 && featureColumns.Length == 0)
        {
            errors.Add(new ValidationError("The CSV file has no feature columns: every column is the label, the group or an id column.", new SourceLocation(path, 1, 1), "Add at least one numeric feature column."));
        }

        return errors.Count > 0 ? throw new InputException(errors) : new CsvLayout(headers, label, group, ids, featureColumns, categorical);
    }

    private static int Find(string[] headers, string name, string role, List<CsvField> header, string path, List<ValidationError> errors)
    {
        var index = Array.IndexOf(headers, name);
        if (index >= 0)
        {
            return index;
        }

        var nearMatch = headers.FirstOrDefault(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var fix = nearMatch is null
            ? $"Set the {role} column to one of the header names."
            : $"Column names are case-sensitive: did you mean '{nearMatch}'?";
        errors.Add(new ValidationError(
            $"The {role} column '{name}' is not in the header. Columns: {string.Join(", ", headers)}.",
            new SourceLocation(path, header.Count > 0 ? header[0].Line : 1, 1),
            fix));
        return -1;
    }
}
