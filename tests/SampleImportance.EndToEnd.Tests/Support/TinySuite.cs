namespace SampleImportance.EndToEnd.Tests.Support;

/// <summary>
/// Small suites that run in seconds in a Debug build: 120 synthetic tabular rows (60 valued after the split) with
/// 10% label flips, a k=5 KNN model, noisy-sample detection only.
/// </summary>
internal static class TinySuite
{
    /// <param name="estimators">YAML flow mappings, one per estimator, e.g. <c>{ id: knn-shapley, plugin: knn-shapley }</c>.</param>
    /// <param name="seeds">YAML list of seeds.</param>
    /// <param name="timing">YAML flow mapping for <c>timing:</c>.</param>
    /// <param name="gates">YAML flow mappings, one per gate.</param>
    public static string Text(IEnumerable<string> estimators, string seeds = "[1]", string timing = "{ enabled: false }", IEnumerable<string>? gates = null)
    {
        var lines = new List<string>
        {
            "name: tiny",
            "seeds: " + seeds,
            "datasets:",
            "  - id: table",
            "    source: synthetic/tabular",
            "    params: { rows: 120, features: 4 }",
            "    corruption: { kind: label-flip, rate: 0.1 }",
            "models:",
            "  - { id: knn, plugin: knn, params: { k: 5 } }",
            "estimators:",
        };
        lines.AddRange(estimators.Select(e => "  - " + e));
        lines.Add("tasks: [noisy-detection]");
        lines.Add("timing: " + timing);
        var gateList = gates?.ToList() ?? [];
        if (gateList.Count > 0)
        {
            lines.Add("gates:");
            lines.AddRange(gateList.Select(g => "  - " + g));
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The 1-based line of the first gate in <see cref="Text"/>'s output (for checking reported locations).</summary>
    public static int FirstGateLine(string suiteText) =>
        suiteText.Split('\n').ToList().IndexOf("gates:") + 2;
}
