namespace SampleImportance.Build.Tests.Support;

/// <summary>Accepted-regressions files in the format <c>sampleimportance compare --suppressions</c> reads.</summary>
internal static class SuppressionsJson
{
    /// <summary>Long past: an entry with this date has expired.</summary>
    public const string Expired = "2001-01-31";

    /// <summary>Far ahead: an entry with this date is active.</summary>
    public const string Active = "2999-12-31";

    /// <summary>A file with one entry for <see cref="ReportJson.FailingMaxDrop"/>'s row, on line 3.</summary>
    public static string One(string? expires = Active, string cell = "clicks/*/knn/knn-shapley", string? check = null) =>
        "{ \"$schema\": \"../schemas/suppressions.schema.json\",\n"
        + "  \"suppressions\": [\n"
        + $"    {{ \"cell\": \"{cell}\", \"metric\": \"noisy-detection.auroc\", \"reason\": \"k raised on purpose, see #12\""
        + (check is null ? string.Empty : $", \"check\": \"{check}\"")
        + (expires is null ? string.Empty : $", \"expires\": \"{expires}\"")
        + " }\n  ]\n}\n";
}
