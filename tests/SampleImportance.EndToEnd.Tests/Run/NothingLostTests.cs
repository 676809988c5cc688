using System.Text.Json.Nodes;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Run;

/// <summary>
/// Issue 5: nothing finished is lost. Every finished cell is in cells/ as the run goes; a failure while writing the
/// reports names itself in one line and exits 3; an internal error exits 4, with its stack trace only under --verbose.
/// </summary>
public sealed class NothingLostTests
{
    [Fact]
    public async Task Timing_two_iterations_runs_and_writes_every_report()
    {
        // The issue's reproduction: BenchmarkDotNet has no interval for two measurements, its NaN bounds reached
        // run.json, and the run died writing the reports after every cell had finished.
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(["{ id: knn-shapley, plugin: knn-shapley }"], timing: "{ iterations: 2, warmup: 0 }"));

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "out");

        result.AssertExitCode(0);
        var cell = Assert.Single(RunJsonFile.Load(work.File("out/run.json")).Root["cells"]!.AsArray())!.AsObject();
        var timing = cell["timing"]!.AsObject();
        Assert.Equal(timing["medianSeconds"]!.GetValue<double>(), timing["ciLowerSeconds"]!.GetValue<double>());
        Assert.True(File.Exists(work.File("out/cells/table__label-flip(0.1)__knn__knn-shapley__1.json")));
        Assert.False(File.Exists(work.File("out/run.incomplete.json")), "A finished run must remove its in-progress marker.");
    }

    [Fact]
    public async Task A_report_that_cannot_be_written_exits_3_in_one_line_and_every_finished_cell_stays_readable()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(["{ id: knn-shapley, plugin: knn-shapley }", "{ id: random, plugin: random }"]));
        Directory.CreateDirectory(work.File("out/leaderboard.md")); // a folder where the report must go

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "out");

        result.AssertExitCode(3);
        var error = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: writing run.json, leaderboard.md failed: ", error, StringComparison.Ordinal);
        Assert.EndsWith($"; the 2 finished cells are in {work.File("out/cells")}", error.TrimEnd(), StringComparison.Ordinal);
        var cells = Directory.GetFiles(work.File("out/cells"), "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, cells.Count);
        foreach (var file in cells)
        {
            var root = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            Assert.Equal("sampleimportance/cell", root["schema"]!.GetValue<string>());
            Assert.Equal("succeeded", root["cell"]!["status"]!.GetValue<string>());
            Assert.True(root["cell"]!["metrics"]!.AsObject().ContainsKey("noisy-detection.auroc"), file);
        }

        Assert.True(File.Exists(work.File("out/run.incomplete.json")), "The marker must say the reports were not written.");
    }

    [Fact]
    public async Task An_unwritable_out_directory_is_bad_input_before_any_cell_runs()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(["{ id: random, plugin: random }"]));
        work.Write("out", "a file, not a folder");

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "out");

        result.AssertExitCode(2);
        Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Fix:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/1]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_internal_error_exits_4_in_one_line_and_shows_the_stack_trace_only_with_verbose()
    {
        using var work = new TempDirectory();
        var injected = new Dictionary<string, string?> { ["SAMPLEIMPORTANCE_TEST_INTERNAL_ERROR"] = "injected failure" };

        var quiet = await CliProcess.RunAsync(work.Path, ["plugins", "list"], injected, CliProcess.DefaultTimeout);
        var verbose = await CliProcess.RunAsync(work.Path, ["plugins", "list", "--verbose"], injected, CliProcess.DefaultTimeout);

        quiet.AssertExitCode(4);
        var line = Assert.Single(quiet.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: internal error: InvalidOperationException: injected failure", line, StringComparison.Ordinal);
        Assert.Contains("--verbose", line, StringComparison.Ordinal);
        verbose.AssertExitCode(4);
        Assert.Contains("   at ", verbose.Stderr, StringComparison.Ordinal);
    }
}
