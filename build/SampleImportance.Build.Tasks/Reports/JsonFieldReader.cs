using System.Text.Json;

namespace SampleImportance.Build.Tasks.Reports;

/// <summary>
/// Reads typed fields from one JSON object and collects every problem instead of stopping at the first,
/// so a broken report is explained in one build.
/// </summary>
internal sealed class JsonFieldReader
{
    private readonly JsonElement _target;
    private readonly string _where;
    private readonly List<string> _errors = [];

    /// <param name="target">An object element.</param>
    /// <param name="where">How messages name the object, e.g. <c>gates[2]</c>; empty for the root.</param>
    public JsonFieldReader(JsonElement target, string where)
    {
        _target = target;
        _where = where;
    }

    public IReadOnlyList<string> Errors => _errors;

    public string? RequiredString(string name)
    {
        if (!_target.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            _errors.Add($"'{Name(name)}' is missing");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            _errors.Add($"'{Name(name)}' must be a non-empty string, not {Describe(value)}");
            return null;
        }

        return value.GetString();
    }

    public string? OptionalString(string name)
    {
        if (!_target.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _errors.Add($"'{Name(name)}' must be a string or null, not {Describe(value)}");
            return null;
        }

        var text = value.GetString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public double? OptionalNumber(string name)
    {
        if (!_target.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return ReadNumber(name, value, "a number or null");
    }

    public double? RequiredNumber(string name)
    {
        if (!_target.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            _errors.Add($"'{Name(name)}' is missing");
            return null;
        }

        return ReadNumber(name, value, "a number");
    }

    /// <summary>A 1-based position such as a line; absent or null reads as 0 (unknown).</summary>
    public int OptionalPosition(string name)
    {
        if (!_target.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var position) || position < 0)
        {
            _errors.Add($"'{Name(name)}' must be a non-negative integer or null, not {Describe(value)}");
            return 0;
        }

        return position;
    }

    public bool? RequiredBoolean(string name)
    {
        if (!_target.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            _errors.Add($"'{Name(name)}' is missing");
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            _errors.Add($"'{Name(name)}' must be true or false, not {Describe(value)}");
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>A nested object, or null when absent or null; a value of another kind is an error.</summary>
    public JsonElement? OptionalObject(string name)
    {
        if (!_target.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors.Add($"'{Name(name)}' must be an object or null, not {Describe(value)}");
            return null;
        }

        return value;
    }

    public void AddError(string message) => _errors.Add(message);

    public string Name(string field) => _where.Length == 0 ? field : _where + "." + field;

    /// <summary>A short description of a JSON value for messages: its kind, and the text when it is short.</summary>
    public static string Describe(JsonElement value)
    {
        return value.ValueKind switch
        {
            JsonValueKind.String => Quote(value.GetString() ?? string.Empty),
            JsonValueKind.Number => "the number " + Shorten(value.GetRawText()),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "null",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => value.ValueKind.ToString(),
        };
    }

    private double? ReadNumber(string name, JsonElement value, string expected)
    {
        // TryGetDouble refuses values that overflow to infinity, so only finite numbers get through.
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            _errors.Add($"'{Name(name)}' must be {expected}, not {Describe(value)}");
            return null;
        }

        return number;
    }

    private static string Quote(string text) => "\"" + Shorten(text) + "\"";

    private static string Shorten(string text)
    {
        const int Limit = 60;
        return text.Length <= Limit ? text : text[..Limit] + "...";
    }
}
