using System.Globalization;
using System.Text.Json;
using SampleImportance.Validation;

namespace SampleImportance.Reporting;

/// <summary>
/// Loads a JSON file that carries <c>schema</c> and <c>schemaVersion</c> and turns every way it can be wrong into an
/// <see cref="InputException"/> that names the file (and line, when the parser knows it) and says how to fix it.
/// </summary>
internal static class VersionedJsonFile
{
    public static T Read<T>(string path, string schemaId, int supportedVersion, string kind)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = ReadText(path, kind);
        CheckHeader(text, path, schemaId, supportedVersion, kind);

        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(text, ReportJsonOptions.Default);
        }
        catch (JsonException e)
        {
            throw Error(path, e, $"The {kind} file does not match its schema: {Describe(e)}",
                "Regenerate the file with this version of sampleimportance; it was edited by hand or written by another tool.");
        }

        return value ?? throw Error(path, $"The {kind} file holds JSON null.", $"Regenerate the {kind}.");
    }

    private static string ReadText(string path, string kind)
    {
        if (Directory.Exists(path))
        {
            throw Error(path, $"Expected a {kind} file but this path is a directory.", "Pass the path of the JSON file inside it.");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            throw Error(path, $"The {kind} file was not found.", "Check the path, and that the command that writes this file ran.");
        }
        catch (DirectoryNotFoundException)
        {
            throw Error(path, $"The {kind} file was not found (its directory does not exist).", "Check the path.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw Error(path, $"The {kind} file cannot be read: {e.Message}", "Check that the path is a readable file.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Error(path, $"The {kind} file is empty.", "The run that wrote it was probably interrupted; run it again.");
        }

        return text;
    }

    private static void CheckHeader(string text, string path, string schemaId, int supportedVersion, string kind)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            throw Error(path, e, $"The {kind} file is not valid JSON (truncated or corrupted?): {Describe(e)}",
                "The file was probably cut short by an interrupted run or a bad copy; regenerate it.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, $"The file is not a {kind}: expected a JSON object, found {root.ValueKind}.", $"Pass a {kind} file.");
            }

            if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String)
            {
                throw Error(path, $"The file is not a {kind}: it has no \"schema\" string (expected \"{schemaId}\").", $"Pass a {kind} file.");
            }

            if (schema.GetString() != schemaId)
            {
                throw Error(path, $"The file is not a {kind}: \"schema\" is \"{schema.GetString()}\", expected \"{schemaId}\".",
                    $"Pass a {kind} file; this one holds something else.");
            }

            if (!root.TryGetProperty("schemaVersion", out var version) || !version.TryGetInt32(out var number))
            {
                throw Error(path, $"The {kind} file has no integer \"schemaVersion\".", $"Regenerate the {kind}.");
            }

            if (number != supportedVersion)
            {
                var fix = number > supportedVersion
                    ? "Upgrade sampleimportance to a version that reads it, or regenerate the file with this version."
                    : "Regenerate the file with this version of sampleimportance.";
                throw Error(path, string.Create(CultureInfo.InvariantCulture,
                    $"Unsupported {kind} schemaVersion {number}; this version of sampleimportance reads schemaVersion {supportedVersion}."), fix);
            }
        }
    }

    private static InputException Error(string path, string message, string fix) =>
        new(new ValidationError(message, new SourceLocation(path), fix));

    private static InputException Error(string path, JsonException e, string message, string fix)
    {
        // The parser's positions are 0-based; ours are 1-based like a compiler's.
        var location = e.LineNumber is { } line
            ? new SourceLocation(path, (int)line + 1, (int)(e.BytePositionInLine ?? 0) + 1)
            : new SourceLocation(path);
        return new InputException(new ValidationError(message, location, fix));
    }

    /// <summary>
    /// System.Text.Json appends "Path: ... | LineNumber: ..." (the location already says that) and, for nulls,
    /// advice meant for the author of the C# type; keep the user-facing part and name the JSON path.
    /// </summary>
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        foreach (var tail in (string[])[" Path:", " LineNumber:", " Consider updating its nullability annotation."])
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return e.Path is { Length: > 1 } path ? $"{message} (at {path})" : message;
    }
}
