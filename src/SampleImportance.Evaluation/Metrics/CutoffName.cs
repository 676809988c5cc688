using System.Globalization;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>The name a cutoff metric reports: <c>base</c> without a cutoff, <c>base@k</c> with one.</summary>
internal static class CutoffName
{
    public static string Of(string baseName, int? cutoff) =>
        cutoff is { } k ? baseName + "@" + k.ToString(CultureInfo.InvariantCulture) : baseName;
}
