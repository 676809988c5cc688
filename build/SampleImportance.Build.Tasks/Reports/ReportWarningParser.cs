using System.Globalization;
using System.Text.Json;

namespace SampleImportance.Build.Tasks.Reports;

/// <summary>Reads the report's optional <c>warnings</c> array; a malformed entry is a structure error, not skipped.</summary>
internal static class ReportWarningParser
{
    /// <summary>The entries of <c>warnings</c> (none when it is absent or null); problems go to <paramref name="root"/>'s reader.</summary>
    public static IReadOnlyList<ReportWarning> Parse(JsonElement report, JsonFieldReader root)
    {
        if (!report.TryGetProperty("warnings", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            root.AddError($"'warnings' must be an array or null, not {JsonFieldReader.Describe(list)}");
            return [];
        }

        var warnings = new List<ReportWarning>();
        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"warnings[{index++}]");
            if (entry.ValueKind != JsonValueKind.Object)
            {
                root.AddError($"'{where}' must be an object, not {JsonFieldReader.Describe(entry)}");
                continue;
            }

            var fields = new JsonFieldReader(entry, where);
            var code = fields.RequiredString("code");
            var message = fields.RequiredString("message");
            var file = fields.OptionalString("file");
            var line = fields.OptionalPosition("line");
            foreach (var error in fields.Errors)
            {
                root.AddError(error);
            }

            if (code is not null && message is not null)
            {
                warnings.Add(new ReportWarning(code, message, file, line));
            }
        }

        return warnings;
    }
}
