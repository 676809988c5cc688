using System.Globalization;
using System.Security;
using System.Text.Json;
using SampleImportance.Build.Tasks.Diagnostics;
using SampleImportance.Build.Tasks.Reports;

namespace SampleImportance.Build.Tasks.Suppressions;

/// <summary>
/// Reads the accepted-regressions file named by <c>SampleImportanceSuppressions</c>. It accepts exactly what
/// <c>sampleimportance compare --suppressions</c> accepts (root <c>suppressions</c> array and optional <c>$schema</c>;
/// entries with <c>cell</c>, <c>metric</c>, <c>reason</c>, optional <c>check</c> and <c>expires</c>), and any problem is
/// SIG008 at the file and line: a file the build was told to honour is never half-read.
/// </summary>
internal static class AcceptedRegressionsFile
{
    private static readonly string[] Fields = ["cell", "metric", "reason", "check", "expires"];
    private static readonly string[] Checks = ["min", "max", "max-drop", "max-increase"];

    /// <returns>The entries in file order, or null with the problems.</returns>
    public static IReadOnlyList<AcceptedRegression>? Read(string path, out IReadOnlyList<GateDiagnostic> problems)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            problems = [Problem(path, 0, $"the file could not be read: {ex.Message}. Check SampleImportanceSuppressions")];
            return null;
        }

        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith(bom) ? bom.Length : 0);
        try
        {
            var lines = EntryLines(json.Span);
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            return Parse(document.RootElement, lines, path, out problems);
        }
        catch (JsonException ex)
        {
            problems = [Problem(path, (int)(ex.LineNumber ?? 0) + 1, $"not valid JSON: {ex.Message}")];
            return null;
        }
    }

    private static IReadOnlyList<AcceptedRegression>? Parse(JsonElement root, IReadOnlyList<int> lines, string path, out IReadOnlyList<GateDiagnostic> problems)
    {
        var errors = new List<GateDiagnostic>();
        problems = errors;
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Problem(path, 1, $"the root is {JsonFieldReader.Describe(root)}, not an object with a \"suppressions\" array"));
            return null;
        }

        JsonElement? list = null;
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == "suppressions" && property.Value.ValueKind == JsonValueKind.Array)
            {
                list = property.Value;
            }
            else if (property.Name != "$schema" || property.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add(Problem(path, 1, $"unexpected root property \"{property.Name}\"; only \"suppressions\" (an array) and \"$schema\" are allowed"));
            }
        }

        if (list is null)
        {
            if (errors.Count == 0)
            {
                errors.Add(Problem(path, 1, "there is no \"suppressions\" array"));
            }

            return null;
        }

        var entries = new List<AcceptedRegression>();
        var index = 0;
        foreach (var item in list.Value.EnumerateArray())
        {
            var line = index < lines.Count ? lines[index] : 0;
            index++;
            var entry = ReadEntry(item, path, line, errors);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return errors.Count == 0 ? entries : null;
    }

    private static AcceptedRegression? ReadEntry(JsonElement item, string path, int line, List<GateDiagnostic> errors)
    {
        var before = errors.Count;
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Problem(path, line, $"an entry is {JsonFieldReader.Describe(item)}, not an object with cell, metric and reason"));
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in item.EnumerateObject())
        {
            if (!Fields.Contains(field.Name))
            {
                errors.Add(Problem(path, line, $"unknown field \"{field.Name}\"; use cell, metric, reason, and optionally check and expires"));
            }
            else if (field.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(field.Value.GetString()))
            {
                errors.Add(Problem(path, line, $"\"{field.Name}\" must be a non-empty string, not {JsonFieldReader.Describe(field.Value)}"));
            }
            else
            {
                values[field.Name] = field.Value.GetString()!;
            }
        }

        foreach (var required in Fields.Take(3).Where(name => !values.ContainsKey(name) && !item.TryGetProperty(name, out _)))
        {
            errors.Add(Problem(path, line, $"the entry has no \"{required}\""));
        }

        var cell = values.GetValueOrDefault("cell");
        if (cell is not null && cell.Count(c => c == '/') != 3)
        {
            errors.Add(Problem(path, line, $"\"cell\" is \"{cell}\"; write dataset/corruption/model/estimator, with * for any part"));
        }

        var check = values.GetValueOrDefault("check");
        if (check is not null && !Checks.Contains(check))
        {
            errors.Add(Problem(path, line, $"\"check\" is \"{check}\"; use min, max, max-drop or max-increase, or leave it out"));
        }

        DateOnly? expires = null;
        if (values.TryGetValue("expires", out var date))
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                expires = day;
            }
            else
            {
                errors.Add(Problem(path, line, $"\"expires\" is \"{date}\", not a date; write the last day it applies as yyyy-MM-dd"));
            }
        }

        return errors.Count > before ? null : new AcceptedRegression(cell!, values["metric"], check, values["reason"], expires, path, line);
    }

    /// <summary>The 1-based line of each item of the root's <c>suppressions</c> array, in order.</summary>
    private static List<int> EntryLines(ReadOnlySpan<byte> json)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(json);
        var inList = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inList = reader.ValueTextEquals("suppressions"u8);
            }
            else if (inList && reader.CurrentDepth == 2 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                lines.Add(json[..(int)reader.TokenStartIndex].Count((byte)'\n') + 1);
            }
        }

        return lines;
    }

    private static GateDiagnostic Problem(string path, int line, string message) =>
        new(GateCodes.SuppressionFileInvalid, $"Suppressions file '{path}': {message}.", path, line, 0);
}
