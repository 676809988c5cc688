using System.Text.Json.Nodes;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Gate;

/// <summary>
/// <c>run --timing-reference DIR</c>: the CLI loads a second copy of a plugin from another folder (as CI loads the base
/// branch's build), times it beside every iteration of the cell's own estimator, records both in run.json, and the
/// timing gate of <c>compare</c> judges the pairs. Structure only: no assertion depends on how fast anything ran.
/// </summary>
public sealed class TimingReferenceTests
{
    private static string Plugin => RepoLayout.TestPlugin("SampleImportance.TestPlugins.Slowable");

    private static readonly string[] Estimator = ["{ id: slowable, plugin: test-slowable, params: { passes: 2 } }"];

    private static string Suite(TempDirectory work) => work.Write("suite.yaml", TinySuite.Text(
        Estimator,
        seeds: "[1, 2]",
        timing: "{ strategy: monitoring, iterations: 5, warmup: 1 }",
        gates: ["{ metric: time.cpu-median, estimator: slowable, max-increase: 10% }"]));

    // The variable may be set in the shell that runs the tests; these runs must not inherit it.
    private static Dictionary<string, string?> NoSlowdown => new() { ["SAMPLEIMPORTANCE_TEST_SLOWDOWN"] = null };

    private static void CopyPlugin(string to, string? slowdown = null)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(Plugin))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        if (slowdown is not null)
        {
            File.WriteAllText(Path.Combine(to, "slowdown.txt"), slowdown);
        }
    }

    [Fact]
    public async Task Every_timed_iteration_has_a_reference_run_and_compare_judges_the_pairs()
    {
        using var work = new TempDirectory();
        var suite = Suite(work);
        CopyPlugin(work.File("reference"));
        CopyPlugin(work.File("slowed"), "0.5");

        var baseline = await CliProcess.RunAsync(work.Path, ["run", suite, "--out", "base", "--plugins", Plugin], NoSlowdown, CliProcess.DefaultTimeout);
        var current = await CliProcess.RunAsync(work.Path, ["run", suite, "--out", "cur", "--plugins", work.File("slowed"), "--timing-reference", work.File("reference")], NoSlowdown, CliProcess.DefaultTimeout);
        var compare = await CliProcess.RunAsync(work.Path, ["compare", "cur/run.json", "base/run.json", "--out", "cur"], null, CliProcess.DefaultTimeout);

        baseline.AssertExitCode(0);
        current.AssertExitCode(0);
        var cells = JsonNode.Parse(File.ReadAllText(work.File("cur/run.json")))!["cells"]!.AsArray();
        Assert.Equal(2, cells.Count);
        foreach (var cell in cells)
        {
            var timing = cell!["timing"]!;
            var reference = timing["reference"]!;
            Assert.Equal(Path.GetFullPath(work.File("reference")), reference["source"]!.GetValue<string>());
            Assert.Equal(5, timing["samplesSeconds"]!.AsArray().Count);
            Assert.Equal(5, reference["samplesSeconds"]!.AsArray().Count);
            Assert.Equal(5, reference["cpuSamplesSeconds"]!.AsArray().Count);
            // The cell's own estimator is the slowed copy: 2 passes × 1.5.
            Assert.Contains(cell["notes"]!.AsArray(), n => n!.GetValue<string>().Contains("(3 passes", StringComparison.Ordinal));
        }

        // 10 pairs reach alpha 0.01, so the gate decides (pass or fail) instead of being inconclusive, and says what it compared.
        Assert.True(compare.ExitCode is 0 or 1, compare.ToString());
        var gate = JsonNode.Parse(File.ReadAllText(work.File("cur/regression.json")))!["gates"]![0]!;
        Assert.NotEqual("inconclusive", gate["status"]!.GetValue<string>());
        Assert.Contains("interleaved reference", gate["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("median per-iteration ratio", gate["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_reference_folder_is_bad_input_and_runs_nothing()
    {
        using var work = new TempDirectory();
        var suite = Suite(work);

        var result = await CliProcess.RunAsync(work.Path, ["run", suite, "--out", "out", "--plugins", Plugin, "--timing-reference", "no-such-folder"], null, CliProcess.DefaultTimeout);

        result.AssertExitCode(2);
        Assert.Contains("--timing-reference no-such-folder", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.File("out")));
    }

    [Fact]
    public async Task A_reference_folder_without_estimators_is_bad_input()
    {
        using var work = new TempDirectory();
        var suite = Suite(work);
        Directory.CreateDirectory(work.File("empty"));

        var result = await CliProcess.RunAsync(work.Path, ["run", suite, "--out", "out", "--plugins", Plugin, "--timing-reference", "empty"], null, CliProcess.DefaultTimeout);

        result.AssertExitCode(2);
        Assert.Contains("holds no estimator plugin", result.Stderr, StringComparison.Ordinal);
    }
}
