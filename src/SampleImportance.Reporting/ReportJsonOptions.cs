using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SampleImportance.Reporting;

/// <summary>The one JSON dialect of every file SampleImportance writes (run.json, regression.json).</summary>
internal static class ReportJsonOptions
{
    /// <summary>
    /// camelCase names, camelCase enum strings (members may override with <see cref="JsonStringEnumMemberNameAttribute"/>),
    /// two-space indent with <c>\n</c> on every OS, invariant numbers (System.Text.Json's own), non-finite doubles
    /// rejected, and every constructor parameter required with its nullability respected so a hand-edited file
    /// fails on load rather than producing half-built records.
    /// </summary>
    public static JsonSerializerOptions Default { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = true,
            NewLine = "\n",
            // These files are not embedded in HTML: keep '+', '→', quotes in messages readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
