using System.Text.Json.Nodes;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Compare;

/// <summary><c>compare</c> and <c>run --baseline</c>: pass on an identical baseline, exit 1 on a regression, exit 2 on a bad baseline.</summary>
public sealed class CompareTests
{
    private const string Gate = "{ metric: noisy-detection.auroc, estimator: knn-shapley, min: 0.5, max-drop: 0.05 }";

    [Fact]
    public async Task Compare_and_run_baseline_judge_the_suite_gates()
    {
        using var work = new TempDirectory();
        // Two seeds: a baseline check pairs cells by seed and needs at least two to decide.
        var text = TinySuite.Text(["{ id: knn-shapley, plugin: knn-shapley }"], seeds: "[1, 2]", gates: [Gate]);
        var suite = work.Write("suite.yaml", text);
        var first = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "first");
        first.AssertExitCode(0);
        var run = work.File("first/run.json");

        var same = await CliProcess.RunAsync(work.Path, "compare", run, run, "--out", "same");

        same.AssertExitCode(0);
        var passed = ReadRegression(work.File("same/regression.json"));
        Assert.True(passed["passed"]!.GetValue<bool>(), same.ToString());
        Assert.NotEmpty(passed["gates"]!.AsArray());

        var doctored = work.Write("baseline/doctored.json", RaiseMean(File.ReadAllText(run), "knn-shapley", "noisy-detection.auroc", by: 0.5));
        var worse = await CliProcess.RunAsync(work.Path, "compare", run, doctored, "--out", "worse");

        worse.AssertExitCode(1);
        var failed = ReadRegression(work.File("worse/regression.json"));
        Assert.False(failed["passed"]!.GetValue<bool>());
        var drop = Assert.Single(failed["gates"]!.AsArray(), g => g!["code"]?.GetValue<string>() == "SIG002")!;
        Assert.Equal(suite, drop["file"]!.GetValue<string>());
        Assert.Equal(TinySuite.FirstGateLine(text), drop["line"]!.GetValue<int>());
        Assert.Contains($"{suite}({TinySuite.FirstGateLine(text)},", worse.Stderr, StringComparison.Ordinal);

        var again = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "again", "--baseline", doctored);

        again.AssertExitCode(1);
        foreach (var file in new[] { "run.json", "leaderboard.md", "regression.json", "regression.md" })
        {
            Assert.True(File.Exists(work.File(Path.Combine("again", file))), $"{file} missing; {again}");
        }

        Assert.False(ReadRegression(work.File("again/regression.json"))["passed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Compare_suppresses_accepted_regressions_and_speaks_ci()
    {
        using var work = new TempDirectory();
        var text = TinySuite.Text(["{ id: knn-shapley, plugin: knn-shapley }"], seeds: "[1, 2]", gates: [Gate]);
        var suite = work.Write("suite.yaml", text);
        (await CliProcess.RunAsync(work.Path, "run", suite, "--out", "first")).AssertExitCode(0);
        var run = work.File("first/run.json");
        var doctored = work.Write("baseline/doctored.json", RaiseMean(File.ReadAllText(run), "knn-shapley", "noisy-detection.auroc", by: 0.5));
        var accepted = work.Write("accepted.json", """
            { "suppressions": [
              { "cell": "*/*/*/knn-shapley", "metric": "noisy-detection.auroc", "reason": "accepted in review", "expires": "2999-12-31" } ] }
            """);
        var summary = work.Write("summary.md", "# Before\n");
        var env = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary, ["TF_BUILD"] = null };

        var red = await CliProcess.RunAsync(work.Path, ["compare", run, doctored, "--out", "red", "--junit", "red/junit.xml"], env, TimeSpan.FromMinutes(2));
        var green = await CliProcess.RunAsync(work.Path, ["compare", run, doctored, "--out", "green", "--suppressions", accepted], env, TimeSpan.FromMinutes(2));
        var bad = await CliProcess.RunAsync(work.Path, "compare", run, doctored, "--out", "bad", "--suppressions", work.Write("bad.json", "{ \"suppressions\": [ { } ] }"));

        red.AssertExitCode(1);
        Assert.Contains($"::error file={suite},line={TinySuite.FirstGateLine(text)},title=SIG002::", red.Stdout, StringComparison.Ordinal);
        var junit = System.Xml.Linq.XDocument.Load(work.File("red/junit.xml")).Root!;
        Assert.True(int.Parse((string)junit.Attribute("failures")!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        green.AssertExitCode(0);
        Assert.Contains("title=SIG006::", green.Stdout, StringComparison.Ordinal);
        Assert.Equal("suppressed", Assert.Single(ReadRegression(work.File("green/regression.json"))["gates"]!.AsArray(), g => g!["check"]!.GetValue<string>() == "max-drop")!["status"]!.GetValue<string>());
        Assert.StartsWith("# Before\n# Regression report", File.ReadAllText(summary), StringComparison.Ordinal);
        bad.AssertExitCode(2);
        Assert.Contains("SIG008", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_baseline_is_bad_input_for_compare_and_run()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(["{ id: knn-shapley, plugin: knn-shapley }"], gates: [Gate]));
        var first = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "first");
        first.AssertExitCode(0);
        var run = work.File("first/run.json");
        var full = File.ReadAllText(run);
        var corrupt = work.Write("corrupt.json", full[..(full.Length / 2)]);

        var compare = await CliProcess.RunAsync(work.Path, "compare", run, corrupt, "--out", "compared");
        var rerun = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "rerun", "--baseline", corrupt);

        foreach (var (result, output) in new[] { (compare, "compared"), (rerun, "rerun") })
        {
            result.AssertExitCode(2);
            Assert.Contains(corrupt, result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(work.File(output)), $"Nothing may be written on bad input; {result}");
        }

        Assert.False(File.Exists(work.File("first/regression.json")), "compare must not fall back to writing beside the run.");
    }

    private static JsonObject ReadRegression(string path)
    {
        Assert.True(File.Exists(path), $"{path} missing");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.Equal("sampleimportance/regression", root["schema"]!.GetValue<string>());
        return root;
    }

    /// <summary>
    /// A copy of a run.json whose aggregate row and every cell behind it are <paramref name="by"/> better: the current
    /// run then looks like a drop on every seed (baseline checks pair cells by seed).
    /// </summary>
    private static string RaiseMean(string runJson, string estimator, string metric, double by)
    {
        var root = JsonNode.Parse(runJson)!.AsObject();
        var row = Assert.Single(root["aggregates"]!.AsArray(), a =>
            a!["estimator"]!.GetValue<string>() == estimator && a["metric"]!.GetValue<string>() == metric)!;
        row["mean"] = row["mean"]!.GetValue<double>() + by;
        foreach (var cell in root["cells"]!.AsArray().Where(c => c!["key"]!["estimator"]!.GetValue<string>() == estimator))
        {
            var metrics = cell!["metrics"]!.AsObject();
            metrics[metric] = metrics[metric]!.GetValue<double>() + by;
        }

        return root.ToJsonString();
    }
}
