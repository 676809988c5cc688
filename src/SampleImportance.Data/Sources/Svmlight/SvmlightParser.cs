using System.Globalization;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// Parses SVMlight / LETOR lines, <c>label [qid:Q] index:value ... [# comment]</c>: indices are positive integers
/// (absent ones are 0), anything after <c>#</c> is ignored, empty lines are skipped. Either every line has a qid or
/// none does. Errors name the file, line and column, and a fix; up to <see cref="MaxErrors"/> are reported together.
/// </summary>
internal static class SvmlightParser
{
    public const int MaxErrors = 20;
    private const string Example = "Write each line as: label qid:Q 1:0.5 2:1.25 ... # optional comment";

    public static List<SvmlightRow> Parse(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new ValidationError(
                $"SVMlight file not found (full path: {Path.GetFullPath(path)}).",
                new SourceLocation(path),
                "Check the path; relative paths are resolved against the suite's folder or the current directory."));
        }

        var rows = new List<SvmlightRow>();
        var errors = new List<ValidationError>();
        var lineNumber = 0;
        bool? withQid = null;
        foreach (var raw in ReadLines(path))
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var text = hash >= 0 ? raw[..hash] : raw;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (ParseLine(text, path, lineNumber, errors) is { } row)
            {
                withQid ??= row.Qid is not null;
                if (withQid != (row.Qid is not null))
                {
                    errors.Add(new ValidationError(
                        withQid.Value ? "This line has no qid, but earlier lines do." : "This line has a qid, but earlier lines do not.",
                        new SourceLocation(path, lineNumber, 1),
                        "Give every line a qid:Q after the label (ranking data), or none (pointwise data)."));
                }
                else
                {
                    rows.Add(row);
                }
            }

            if (errors.Count >= MaxErrors)
            {
                errors.Add(new ValidationError(
                    string.Create(CultureInfo.InvariantCulture, $"Stopped reading after {MaxErrors} errors."),
                    new SourceLocation(path),
                    "Fix the errors above and load the file again."));
                break;
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return rows.Count > 0 ? rows : throw new InputException(new ValidationError("The SVMlight file has no data lines.", new SourceLocation(path, 1, 1), Example + "."));
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new ValidationError($"Cannot read the SVMlight file: {ex.Message}", new SourceLocation(path), "Check that the file exists and is readable."));
        }
    }

    private static SvmlightRow? ParseLine(string text, string path, int line, List<ValidationError> errors)
    {
        var tokens = Tokens(text).ToList();
        var before = errors.Count;
        var (labelText, labelColumn) = tokens[0];
        if (!double.TryParse(labelText, NumberStyles.Float, CultureInfo.InvariantCulture, out var label) || !double.IsFinite(label))
        {
            errors.Add(new ValidationError($"The label '{labelText}' is not a finite number.", new SourceLocation(path, line, labelColumn), Example + "; the label comes first."));
        }

        string? qid = null;
        var next = 1;
        if (tokens.Count > 1 && tokens[1].Text.StartsWith("qid:", StringComparison.Ordinal))
        {
            qid = tokens[1].Text[4..];
            next = 2;
            if (qid.Length == 0)
            {
                errors.Add(new ValidationError("The qid is empty.", new SourceLocation(path, line, tokens[1].Column), "Write the query id after 'qid:', e.g. qid:42."));
            }
        }

        var features = new List<(int Index, float Value)>(tokens.Count - next);
        var seen = new HashSet<int>();
        foreach (var (token, column) in tokens.Skip(next))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0
                || !int.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1
                || !float.TryParse(token.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !float.IsFinite(value))
            {
                errors.Add(new ValidationError(
                    $"'{token}' is not index:value with a positive whole index and a finite number{(token.StartsWith("qid:", StringComparison.Ordinal) ? " (qid must come right after the label)" : string.Empty)}.",
                    new SourceLocation(path, line, column),
                    Example + "."));
                continue;
            }

            if (!seen.Add(index))
            {
                errors.Add(new ValidationError(string.Create(CultureInfo.InvariantCulture, $"Feature {index} appears twice on this line."), new SourceLocation(path, line, column), "Give each feature index once per line."));
                continue;
            }

            features.Add((index, value));
        }

        return errors.Count > before ? null : new SvmlightRow(label, qid, [.. features], line);
    }

    /// <summary>Whitespace-separated tokens with their 1-based columns.</summary>
    private static IEnumerable<(string Text, int Column)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return (text[start..i], start + 1);
            }
        }
    }
}
