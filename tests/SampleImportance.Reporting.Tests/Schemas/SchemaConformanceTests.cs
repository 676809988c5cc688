using System.Text.Json;
using Json.Schema;
using SampleImportance.Reporting.Gates;
using SampleImportance.Reporting.Gates.Suppressions;
using SampleImportance.Reporting.Tests.Reports;
using SampleImportance.Tests.Shared;
using static SampleImportance.Reporting.Tests.Gates.GateRuns;

namespace SampleImportance.Reporting.Tests.Schemas;

/// <summary>The JSON Schemas shipped in schemas/ accept what this version writes, and reject what it would not.</summary>
public sealed class SchemaConformanceTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static string SchemaPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "schemas", name)))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir!.FullName, "schemas", name);
    }

    // JsonSchema.Net registers each schema by its $id once per process, so each file is loaded once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Loaded = new(StringComparer.Ordinal);

    private static EvaluationResults Evaluate(string schemaName, string json)
    {
        var schema = Loaded.GetOrAdd(schemaName, name => JsonSchema.FromFile(SchemaPath(name)));
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static void AssertValid(string schemaName, string json)
    {
        var result = Evaluate(schemaName, json);
        var details = string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
        Assert.True(result.IsValid, details);
    }

    [Fact]
    public void Written_run_json_conforms()
    {
        var path = temp.File("run.json");
        RunJson.Write(path, TestRuns.Leaderboard());

        AssertValid("run.schema.json", File.ReadAllText(path));
    }

    [Fact]
    public void Written_run_json_with_an_interleaved_reference_conforms()
    {
        var path = temp.File("run.json");
        RunJson.Write(path, RunJsonCpuTimingTests.WithReference());

        AssertValid("run.schema.json", File.ReadAllText(path));
    }

    [Fact]
    public void Written_run_json_with_cpu_time_conforms()
    {
        var path = temp.File("run.json");
        RunJson.Write(path, RunJsonCpuTimingTests.WithCpu());

        Assert.Contains("cpuSamplesSeconds", File.ReadAllText(path), StringComparison.Ordinal);
        AssertValid("run.schema.json", File.ReadAllText(path));
    }

    [Fact]
    public void Written_regression_json_conforms_with_suppressions_cells_and_warnings()
    {
        var report = Compare(Run(Row("noisy-detection.auroc", 0.71), Row("time.median", 1.5)), Run(Row("noisy-detection.auroc", 0.82), Row("time.median", 1.0)),
            Gate("noisy-detection.auroc", maxDrop: 0.05), Gate("time.median", maxIncrease: 0.1, relative: true), Gate("removal.auc", min: 0.5));
        report = SuppressionApplier.Apply(report,
            [new Suppression("*/*/*/*", "noisy-detection.auroc", "accepted", null, null, "s.json", 3), new Suppression("*/*/*/*", "x", "old", new DateOnly(2020, 1, 1), null, "s.json", 9)],
            TimeProvider.System);
        var path = temp.File("regression.json");
        RegressionJson.Write(path, report);

        AssertValid("regression.schema.json", File.ReadAllText(path));
        Assert.Contains(report.Gates, g => g.Status == GateStatus.Suppressed);
    }

    [Fact]
    public void Regression_schema_rejects_an_unknown_status_and_a_run_json()
    {
        var path = temp.File("regression.json");
        RegressionJson.Write(path, Compare(Run(Row("noisy-detection.auroc", 0.71)), Run(Row("noisy-detection.auroc", 0.82)), Gate("noisy-detection.auroc", maxDrop: 0.05)));
        var text = File.ReadAllText(path);

        Assert.False(Evaluate("regression.schema.json", text.Replace("\"status\": \"fail\"", "\"status\": \"maybe\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Evaluate("regression.schema.json", RunJson.Serialize(TestRuns.Leaderboard())).IsValid);
    }

    [Fact]
    public void Suppressions_schema_accepts_what_the_reader_accepts()
    {
        const string json = """{ "suppressions": [ { "cell": "a/*/c/d", "metric": "m", "reason": "r", "expires": "2027-01-31", "check": "max-drop" } ] }""";

        AssertValid("suppressions.schema.json", json);
        Assert.Single(SuppressionFile.Parse(System.Text.Encoding.UTF8.GetBytes(json), "s.json"));
        Assert.False(Evaluate("suppressions.schema.json", """{ "suppressions": [ { "cell": "a/b", "metric": "m" } ] }""").IsValid);
    }
}
