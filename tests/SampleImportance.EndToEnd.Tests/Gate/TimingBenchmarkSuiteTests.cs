using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Gate;

/// <summary>
/// The pieces of the gate's timing benchmark (benchmarks/gate/false-alarms.sh), checked without timing anything: the
/// test-slowable estimator does proportionally more work for a slowdown, from its parameter or the environment,
/// without changing its values, and the benchmark suite validates.
/// </summary>
public sealed partial class TimingBenchmarkSuiteTests
{
    private const string Variable = "SAMPLEIMPORTANCE_TEST_SLOWDOWN";

    private static string Plugin => RepoLayout.TestPlugin("SampleImportance.TestPlugins.Slowable");

    [Fact]
    public async Task The_slowdown_parameter_does_proportionally_more_of_the_same_work()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(
        [
            "{ id: base, plugin: test-slowable, params: { passes: 20 } }",
            "{ id: slow, plugin: test-slowable, params: { passes: 20, slowdown: 0.3 } }",
        ], seeds: "[1, 2]"));

        var run = await CliProcess.RunAsync(work.Path, ["run", suite, "--out", "out", "--plugins", Plugin], NoSlowdown, CliProcess.DefaultTimeout);

        run.AssertExitCode(0);
        var result = RunJsonFile.Load(work.File("out/run.json"));
        Assert.Equal([20, 20], Passes(result, "base"));
        Assert.Equal([26, 26], Passes(result, "slow"));
        Assert.Equal(WorkUnits(result, "base").Select(w => w * 26 / 20), WorkUnits(result, "slow"));
        // Same values, so the same quality: a slowdown must not move a quality gate.
        Assert.Equal(
            result.CellsOf("base").Select(c => c.Metrics["noisy-detection.auroc"]),
            result.CellsOf("slow").Select(c => c.Metrics["noisy-detection.auroc"]));
    }

    [Fact]
    public async Task The_environment_adds_a_slowdown_the_cell_setup_does_not_record()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(["{ id: base, plugin: test-slowable, params: { passes: 20 } }"]));

        var plain = await CliProcess.RunAsync(work.Path, ["run", suite, "--out", "plain", "--plugins", Plugin], NoSlowdown, CliProcess.DefaultTimeout);
        var slowed = await CliProcess.RunAsync(work.Path, ["run", suite, "--out", "slowed", "--plugins", Plugin], new Dictionary<string, string?> { [Variable] = "0.3" }, CliProcess.DefaultTimeout);
        var typo = await CliProcess.RunAsync(work.Path, ["run", suite, "--out", "typo", "--plugins", Plugin], new Dictionary<string, string?> { [Variable] = "30%" }, CliProcess.DefaultTimeout);

        plain.AssertExitCode(0);
        slowed.AssertExitCode(0);
        Assert.Equal([20], Passes(RunJsonFile.Load(work.File("plain/run.json")), "base"));
        Assert.Equal([26], Passes(RunJsonFile.Load(work.File("slowed/run.json")), "base"));
        Assert.Equal(Setup(work.File("plain/run.json")), Setup(work.File("slowed/run.json")));
        // A typo in the variable fails the cell rather than silently timing the unchanged estimator.
        Assert.Equal("failed", Assert.Single(RunJsonFile.Load(work.File("typo/run.json")).Cells).Status);
        Assert.NotEqual(0, typo.ExitCode);
    }

    [Fact]
    public async Task The_benchmark_suite_validates_with_the_test_plugin()
    {
        using var work = new TempDirectory();

        var result = await CliProcess.RunAsync(work.Path, "validate", Path.Combine(RepoLayout.Root, "benchmarks", "gate", "timing-noise.yaml"), "--plugins", Plugin);

        result.AssertExitCode(0);
        Assert.Contains("ok: suite", result.Stdout, StringComparison.Ordinal);
    }

    // The variable may be set in the shell that runs the tests; these runs must not inherit it.
    private static Dictionary<string, string?> NoSlowdown => new() { [Variable] = null };

    private static List<int> Passes(RunJsonFile run, string estimator) =>
        [.. Notes(run, estimator).Select(m => int.Parse(m.Groups["passes"].Value, CultureInfo.InvariantCulture))];

    private static List<long> WorkUnits(RunJsonFile run, string estimator) =>
        [.. Notes(run, estimator).Select(m => long.Parse(m.Groups["units"].Value, CultureInfo.InvariantCulture))];

    private static List<Match> Notes(RunJsonFile run, string estimator) =>
        [.. run.Root["cells"]!.AsArray()
            .Select(c => c!.AsObject())
            .Where(c => c["key"]!["estimator"]!.GetValue<string>() == estimator)
            .OrderBy(c => c["key"]!["seed"]!.GetValue<int>())
            .Select(c => WorkNote().Match(string.Join('\n', c["notes"]!.AsArray().Select(n => n!.GetValue<string>()))))
            .Select(m => m.Success ? m : throw new Xunit.Sdk.XunitException($"No work-units note for {estimator} in {run.Path}."))];

    private static string Setup(string runJson) =>
        JsonNode.Parse(File.ReadAllText(runJson))!["cells"]![0]!["setup"]!.ToJsonString();

    [GeneratedRegex(@"work units: (?<units>\d+) \((?<passes>\d+) passes")]
    private static partial Regex WorkNote();
}
