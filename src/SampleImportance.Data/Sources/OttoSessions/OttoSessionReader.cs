using System.Globalization;
using System.Text.Json;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>Reads OTTO JSON Lines (one session per line) with System.Text.Json; errors name the file, line, column and a fix.</summary>
internal static class OttoSessionReader
{
    public static readonly string[] EventTypes = ["clicks", "carts", "orders"];
    private const int MaxErrors = 20;
    private const string Example = "Write one session per line: {\"session\": 1, \"events\": [{\"aid\": 42, \"ts\": 1659304800025, \"type\": \"clicks\"}]}.";

    public static List<OttoSession> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new ValidationError($"Cannot read the JSON Lines file: {ex.Message} (full path: {Path.GetFullPath(path)}).", new SourceLocation(path), "Check the path and that the file is readable."));
        }

        var sessions = new List<OttoSession>();
        var errors = new List<ValidationError>();
        var seen = new Dictionary<long, int>();
        for (var i = 0; i < lines.Length && errors.Count < MaxErrors; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var line = i + 1;
            if (Parse(lines[i], path, line, errors) is not { } session)
            {
                continue;
            }

            if (seen.TryGetValue(session.Session, out var first))
            {
                errors.Add(new ValidationError(string.Create(CultureInfo.InvariantCulture, $"Session {session.Session} appears again (first on line {first})."), new SourceLocation(path, line, 1), "Write each session once, with all its events."));
                continue;
            }

            seen[session.Session] = line;
            sessions.Add(session);
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return sessions.Count > 0 ? sessions : throw new InputException(new ValidationError("The JSON Lines file has no sessions.", new SourceLocation(path, 1, 1), Example));
    }

    private static OttoSession? Parse(string text, string path, int line, List<ValidationError> errors)
    {
        OttoSession? session;
        try
        {
            session = JsonSerializer.Deserialize<OttoSession>(text);
        }
        catch (JsonException ex)
        {
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            errors.Add(new ValidationError($"Not an OTTO session record: {ex.Message}", new SourceLocation(path, line, column), Example));
            return null;
        }

        if (session is null)
        {
            errors.Add(new ValidationError("The line holds null, not a session.", new SourceLocation(path, line, 1), Example));
            return null;
        }

        session.Line = line;
        var bad = session.Events.FirstOrDefault(e => !EventTypes.Contains(e.Type, StringComparer.Ordinal));
        if (bad is not null)
        {
            errors.Add(new ValidationError($"Event type '{bad.Type}' is not one of {string.Join(", ", EventTypes)}.", new SourceLocation(path, line, 1), "Use the OTTO event types clicks, carts and orders."));
            return null;
        }

        if (session.Session is < 0 or > int.MaxValue || session.Events.Any(e => e.Aid is < 0 or > int.MaxValue))
        {
            errors.Add(new ValidationError("A session or aid id is negative or above 2147483647.", new SourceLocation(path, line, 1), "Renumber sessions and items with whole numbers from 0 to 2147483647."));
            return null;
        }

        return session;
    }
}
