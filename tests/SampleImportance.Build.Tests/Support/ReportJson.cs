using System.Text.Json.Nodes;

namespace SampleImportance.Build.Tests.Support;

/// <summary>Builds regression.json documents in the schema written by 'sampleimportance compare'.</summary>
internal static class ReportJson
{
    public const string SuiteFile = "/suites/quickstart.yaml";

    public static JsonObject Gate(
        string status = "pass",
        string check = "min",
        double? current = 0.9,
        double? baseline = 0.88,
        double limit = 0.85,
        string? file = SuiteFile,
        int line = 12,
        int column = 5,
        string metric = "noisy-detection.auroc",
        string? message = null)
    {
        return new JsonObject
        {
            ["status"] = status,
            ["check"] = check,
            ["metric"] = metric,
            ["estimator"] = "knn-shapley",
            ["model"] = "knn",
            ["dataset"] = "clicks",
            ["corruption"] = "fake-clicks(0.1)",
            ["current"] = current,
            ["baseline"] = baseline,
            ["limit"] = limit,
            ["message"] = message,
            ["file"] = file,
            ["line"] = line,
            ["column"] = column,
        };
    }

    /// <summary>The failing max-drop gate from the schema's example.</summary>
    public static JsonObject FailingMaxDrop() => Gate(
        status: "fail", check: "max-drop", current: 0.71, baseline: 0.82, limit: 0.05,
        message: "noisy-detection.auroc dropped by 0.11 (0.82 → 0.71), more than max-drop 0.05");

    public static JsonObject Report(bool passed, params JsonObject[] gates)
    {
        return new JsonObject
        {
            ["schema"] = "sampleimportance/regression",
            ["schemaVersion"] = 1,
            ["suite"] = new JsonObject { ["name"] = "quickstart", ["file"] = SuiteFile },
            ["run"] = "/out/run.json",
            ["baseline"] = "/baseline/run.json",
            ["generatedAt"] = "2026-11-29T01:00:00+00:00",
            ["passed"] = passed,
            ["gates"] = new JsonArray([.. gates]),
        };
    }

    public static JsonObject Passing() => Report(true, Gate(), Gate(check: "max-drop", limit: 0.05));

    public static JsonObject Failing() => Report(false, Gate(), FailingMaxDrop());

    public static JsonObject Inconclusive() =>
        Report(false, Gate(status: "inconclusive", check: "max-drop", current: 0.8, baseline: null, limit: 0.05));
}
