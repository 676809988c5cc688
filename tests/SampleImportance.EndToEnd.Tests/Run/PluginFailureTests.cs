using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Run;

/// <summary>A plugin that throws or hangs costs its own cells, never the run.</summary>
public sealed class PluginFailureTests
{
    [Fact]
    public async Task A_throwing_estimator_fails_only_its_own_cells_and_the_run_exits_3()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(
            ["{ id: knn-shapley, plugin: knn-shapley }", "{ id: test-throwing, plugin: test-throwing }"],
            seeds: "[1, 2]",
            timing: "{ iterations: 1 }"));

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "out", "--plugins", RepoLayout.TestPlugin("SampleImportance.TestPlugins.Throwing"));

        result.AssertExitCode(3);
        var run = RunJsonFile.Load(work.File("out/run.json"));
        Assert.True(run.Complete, "Failed cells still ran to an end; only a stop makes a run incomplete.");
        var throwing = run.CellsOf("test-throwing").ToList();
        Assert.Equal(2, throwing.Count);
        Assert.All(throwing, cell =>
        {
            Assert.Equal("failed", cell.Status);
            Assert.Contains("boom from test-throwing", cell.Error, StringComparison.Ordinal);
        });
        var knn = run.CellsOf("knn-shapley").ToList();
        Assert.Equal(2, knn.Count);
        Assert.All(knn, cell =>
        {
            Assert.True(cell.Status == "succeeded", cell.ToString());
            Assert.Contains("noisy-detection.auroc", cell.Metrics.Keys);
            Assert.True(cell.Metrics.ContainsKey("time.median"), "timing: { iterations: 1 } must time the cells that succeeded.");
        });

        var leaderboard = File.ReadAllText(work.File("out/leaderboard.md"));
        foreach (var cell in throwing)
        {
            Assert.Contains(cell.Id, leaderboard, StringComparison.Ordinal);
        }

        Assert.Contains("boom from test-throwing", leaderboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hanging_estimator_times_out_at_its_budget_and_the_run_finishes_promptly()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(
            ["{ id: test-hanging, plugin: test-hanging, budget: { seconds: 1 } }", "{ id: knn-shapley, plugin: knn-shapley }"]));

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "out", "--plugins", RepoLayout.TestPlugin("SampleImportance.TestPlugins.Hanging"));

        result.AssertExitCode(3);

        // 1 s budget + process start; far below the runner's 5 s grace plus any slack a hang would need.
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(30), result.ToString());
        var run = RunJsonFile.Load(work.File("out/run.json"));
        var hanging = Assert.Single(run.CellsOf("test-hanging"));
        Assert.Equal("timedOut", hanging.Status);
        Assert.Contains("budget", hanging.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("succeeded", Assert.Single(run.CellsOf("knn-shapley")).Status);
    }
}
