using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Reporting.Tests.Reports;
using SampleImportance.Suites.Reading;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Reporting.Tests.Setup;

/// <summary>run.json records what every cell really ran with, so a result can be reproduced: unit, metric, effective parameters (defaults included) and estimator seed.</summary>
public sealed class RunJsonSetupTests : IDisposable
{
    private const string Suite = """
        name: setup
        seeds: [1]
        datasets:
          - { id: tab, source: synthetic/tabular, params: { rows: 40, features: 2 }, corruption: { kind: label-flip, rate: 0.2 } }
        models:
          - { id: plain, plugin: prior }
          - { id: smooth, plugin: prior, params: { smoothing: 2 }, metric: log-likelihood }
        estimators:
          - { id: given, plugin: ranked, params: { k: 7 } }
          - { id: defaults, plugin: ranked }
          - { id: by-session, plugin: ranked, unit: session }
        tasks: [noisy-detection]
        timing: { enabled: false }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static async Task<RunResult> RunAsync()
    {
        var load = SuiteLoader.LoadText(Suite, "embedded:setup.yaml", Path.GetTempPath(), new SetupCatalog());
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        using var backend = new NoComputeBackend();
        return await new SuiteRunner(new SetupCatalog(), new RunnerOptions { Compute = backend })
            .RunAsync(SuiteRunner.Prepare(load.Plan!), CancellationToken.None);
    }

    [Fact]
    public async Task Every_cell_in_run_json_has_its_setup_with_every_default_filled_in()
    {
        var run = await RunAsync();
        var cells = JsonNode.Parse(RunJson.Serialize(run))!["cells"]!.AsArray();

        Assert.Equal(6, cells.Count);
        foreach (var cell in cells)
        {
            var key = cell!["key"]!;
            var setup = cell["setup"];
            Assert.True(setup is JsonObject, $"cell {key.ToJsonString()} has no setup");
            var estimator = key["estimator"]!.GetValue<string>();
            var model = key["model"]!.GetValue<string>();

            Assert.Equal(estimator == "given" ? "7" : "5", setup!["estimatorParameters"]!["k"]!.GetValue<string>());
            Assert.Equal("fast", setup["estimatorParameters"]!["mode"]!.GetValue<string>());
            Assert.Equal(model == "smooth" ? "2" : "0", setup["modelParameters"]!["smoothing"]!.GetValue<string>());
            Assert.Equal(model == "smooth" ? "log-likelihood" : "accuracy", setup["metric"]!.GetValue<string>());
            Assert.Equal(estimator == "by-session" ? "session" : "row", setup["unit"]!.GetValue<string>());
            Assert.Equal(1, setup["estimatorSeed"]!.GetValue<int>());
        }

        // The session cells were skipped (the tabular data has no session column), and still say what they were asked to run.
        Assert.All(run.Cells.Where(c => c.Key.Estimator == "by-session"), c => Assert.Equal(CellStatus.Skipped, c.Status));
        Assert.All(run.Cells.Where(c => c.Key.Estimator != "by-session"), c => Assert.Equal(CellStatus.Succeeded, c.Status));
    }

    [Fact]
    public async Task The_setup_survives_a_round_trip_through_run_json()
    {
        var run = await RunAsync();
        var path = _temp.File("run.json");

        RunJson.Write(path, run);
        var back = RunJson.Read(path);

        Assert.Equal(run.Cells.Count, back.Cells.Count);
        for (var i = 0; i < run.Cells.Count; i++)
        {
            var (written, read) = (run.Cells[i].Setup!, back.Cells[i].Setup!);
            Assert.Equal((written.Unit, written.Metric, written.EstimatorSeed), (read.Unit, read.Metric, read.EstimatorSeed));
            Assert.Equal(written.EstimatorParameters, read.EstimatorParameters);
            Assert.Equal(written.ModelParameters, read.ModelParameters);
        }
    }

    [Fact]
    public void A_cell_without_setup_from_an_older_run_json_still_reads()
    {
        var run = TestRuns.Run([TestRuns.Cell("knn", 1, new Dictionary<string, double> { ["noisy-detection.auroc"] = 0.9 })]);
        var text = RunJson.Serialize(run);
        Assert.Contains("\"setup\": null", text, StringComparison.Ordinal);
        var path = _temp.File("old.json");

        // Files written before the setup was recorded have no such member at all.
        File.WriteAllText(path, Regex.Replace(text, ",\\s*\"setup\": null", string.Empty));
        Assert.DoesNotContain("setup", File.ReadAllText(path), StringComparison.Ordinal);

        var back = RunJson.Read(path);
        Assert.Null(back.Cells[0].Setup);
        Assert.Equal(0.9, back.Cells[0].Metrics["noisy-detection.auroc"]);
    }
}
