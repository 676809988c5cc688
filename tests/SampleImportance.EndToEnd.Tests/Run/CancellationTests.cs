using System.Diagnostics;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Run;

/// <summary>Ctrl+C stops a run cleanly: what finished is kept, the rest is marked cancelled, the run says incomplete.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Ctrl_C_mid_run_exits_3_promptly_and_writes_an_incomplete_run()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(
            ["{ id: knn-shapley, plugin: knn-shapley }", "{ id: test-hanging, plugin: test-hanging, budget: { seconds: 30 } }"],
            seeds: "[1, 2, 3]"));
        using var cli = CliProcess.Start(work.Path, ["run", suite, "--out", "out", "--plugins", RepoLayout.TestPlugin("SampleImportance.TestPlugins.Hanging")], interruptible: true);

        // Cells run estimator by estimator: the three cheap knn-shapley cells first, then test-hanging waits 30 s.
        await cli.WaitForStdoutLineAsync(line => line.StartsWith("[1/6] ", StringComparison.Ordinal), CliProcess.DefaultTimeout);
        var interrupted = Stopwatch.StartNew();
        cli.Interrupt();
        var result = await cli.WaitForExitAsync(TimeSpan.FromSeconds(60));

        result.AssertExitCode(3);
        Assert.True(interrupted.Elapsed < TimeSpan.FromSeconds(10), $"Stopping took {interrupted.Elapsed}; {result}");
        var run = RunJsonFile.Load(work.File("out/run.json"));
        Assert.False(run.Complete);
        Assert.Equal(6, run.Cells.Count);
        Assert.Equal("succeeded", run.Cells[0].Status);
        Assert.All(run.CellsOf("test-hanging"), cell => Assert.Equal("cancelled", cell.Status));
        Assert.All(run.Cells, cell => Assert.True(cell.Status is "succeeded" or "cancelled", cell.ToString()));
        Assert.True(File.Exists(work.File("out/leaderboard.md")));
    }
}
