using System.Globalization;
using System.Text;
using System.Text.Json;
using SampleImportance.Validation;

namespace SampleImportance.Reporting.Gates.Suppressions;

/// <summary>
/// Reads an accepted-regressions file (JSON, like ApiCompat's suppression file):
/// <code>
/// { "suppressions": [
///   { "cell": "clicks/*/lr/knn-shapley", "metric": "noisy-detection.auroc", "check": "max-drop",
///     "reason": "k raised on purpose, see #123", "expires": "2027-01-31" } ] }
/// </code>
/// <c>cell</c>, <c>metric</c> and <c>reason</c> are required; <c>check</c> and <c>expires</c> (ISO date) are optional;
/// <c>$schema</c> is allowed at the root. Any problem is an <see cref="InputException"/> naming the file and line.
/// </summary>
public static class SuppressionFile
{
    private static readonly string[] Checks = ["min", "max", "max-drop", "max-increase"];

    /// <summary>The entries of <paramref name="path"/>, in file order.</summary>
    /// <exception cref="InputException">Missing, unreadable, not JSON, or an invalid entry.</exception>
    public static IReadOnlyList<Suppression> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Error(path, 0, $"The suppressions file could not be read: {ex.Message}", "Check the path given to --suppressions or SampleImportanceSuppressions.");
        }

        return Parse(bytes, path);
    }

    /// <summary>The entries of <paramref name="json"/>, read as if from <paramref name="path"/>.</summary>
    public static IReadOnlyList<Suppression> Parse(ReadOnlySpan<byte> json, string path)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (json.StartsWith(bom))
        {
            json = json[bom.Length..];
        }

        var entries = new List<Suppression>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(path, 1, "The suppressions file must be a JSON object with a \"suppressions\" array.", "Start from the example in build/README.md.");
            }

            var sawList = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                var line = Line(json, reader.TokenStartIndex);
                reader.Read();
                if (name == "$schema" && reader.TokenType == JsonTokenType.String)
                {
                    continue;
                }

                if (name != "suppressions" || reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Error(path, line, $"Unexpected property \"{name}\" at the root; only \"suppressions\" (an array) and \"$schema\" are allowed.", "Remove it, or move it into an entry.");
                }

                if (sawList)
                {
                    throw Error(path, line, "\"suppressions\" is given twice.", "Keep one array with every entry.");
                }

                sawList = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    entries.Add(ReadEntry(ref reader, json, path));
                }
            }

            // Reading past the root object throws on anything but whitespace there (two files pasted together, say):
            // damage, not something to ignore.
            _ = reader.Read();

            if (!sawList)
            {
                throw Error(path, 1, "The suppressions file has no \"suppressions\" array.", "Add \"suppressions\": [] with one entry per accepted regression.");
            }
        }
        catch (JsonException ex)
        {
            throw Error(path, (int)(ex.LineNumber ?? 0) + 1, $"The suppressions file is not valid JSON: {ex.Message}", "Fix the JSON syntax (no comments, no trailing commas).");
        }

        return entries;
    }

    private static Suppression ReadEntry(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        var line = Line(json, reader.TokenStartIndex);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(path, line, "Each suppression must be an object with cell, metric and reason.", "Write { \"cell\": ..., \"metric\": ..., \"reason\": ... }.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var at = Line(json, reader.TokenStartIndex);
            reader.Read();
            if (name is not ("cell" or "metric" or "reason" or "expires" or "check"))
            {
                throw Error(path, at, $"Unknown suppression field \"{name}\".", "Use cell, metric, reason, and optionally check and expires.");
            }

            if (reader.TokenType != JsonTokenType.String || string.IsNullOrWhiteSpace(reader.GetString()))
            {
                throw Error(path, at, $"Suppression field \"{name}\" must be a non-empty string.", "Quote the value.");
            }

            if (!fields.TryAdd(name, reader.GetString()!))
            {
                throw Error(path, at, $"Suppression field \"{name}\" is given twice.", "Keep one.");
            }
        }

        foreach (var required in new[] { "cell", "metric", "reason" })
        {
            if (!fields.ContainsKey(required))
            {
                throw Error(path, line, $"The suppression has no \"{required}\".", "Every entry needs cell (dataset/corruption/model/estimator, * allowed), metric and reason.");
            }
        }

        DateOnly? expires = null;
        if (fields.TryGetValue("expires", out var date))
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw Error(path, line, $"\"expires\" is \"{date}\", not an ISO date.", "Write the last day it applies as yyyy-MM-dd, e.g. 2027-01-31.");
            }

            expires = day;
        }

        var check = fields.GetValueOrDefault("check");
        if (check is not null && !Checks.Contains(check))
        {
            throw Error(path, line, $"\"check\" is \"{check}\".", "Use min, max, max-drop or max-increase, or leave it out for every check of the metric.");
        }

        if (fields["cell"].Count(c => c == '/') != 3)
        {
            throw Error(path, line, $"\"cell\" is \"{fields["cell"]}\"; it must have four parts.", "Write dataset/corruption/model/estimator, with * for any part.");
        }

        return new Suppression(fields["cell"], fields["metric"], fields["reason"], expires, check, path, line);
    }

    private static int Line(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        return before.Count((byte)'\n') + 1;
    }

    private static InputException Error(string path, int line, string message, string fix) =>
        new(new ValidationError(message, new SourceLocation(path, line), fix));
}
