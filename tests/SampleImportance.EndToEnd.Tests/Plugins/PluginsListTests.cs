using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Plugins;

/// <summary><c>plugins list</c> and loading plugins from disk: built-ins, --plugins, SAMPLEIMPORTANCE_PLUGIN_PATH, the sample.</summary>
public sealed partial class PluginsListTests
{
    internal static readonly string[] BuiltInEstimators = ["random", "label-only", "loss", "leave-one-out", "knn-shapley", "tmc-shapley", "beta-shapley", "banzhaf-msr", "data-oob", "gradient-norm", "tracin", "influence", "datainf", "ame", "classwise-shapley", "soft-knn-shapley", "threshold-knn-shapley"];
    private static readonly string[] BuiltInModels = ["knn", "linear-ranker", "linear-regression", "logistic-regression", "matrix-factorization", "mlp", "softmax-regression"];

    [Fact]
    public async Task Lists_the_built_in_estimators_and_models_with_their_sha256()
    {
        using var work = new TempDirectory();

        var result = await CliProcess.RunAsync(work.Path, "plugins", "list");

        result.AssertExitCode(0);
        AssertListsBuiltIns(result);
        Assert.DoesNotContain("test-constant", result.Stdout, StringComparison.Ordinal);
        var provenance = ProvenanceLine().Matches(result.Stdout);
        Assert.Equal(["SampleImportance.Plugins.Estimators", "SampleImportance.Plugins.Models"], provenance.Select(m => m.Groups["name"].Value).Order(StringComparer.Ordinal));
        foreach (Match line in provenance)
        {
            var path = line.Groups["path"].Value;
            Assert.True(File.Exists(path), $"{path} does not exist; {result}");
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), line.Groups["sha"].Value);
        }
    }

    [Fact]
    public async Task Lists_the_metrics_utilities_may_use()
    {
        using var work = new TempDirectory();

        var result = await CliProcess.RunAsync(work.Path, "plugins", "list");

        result.AssertExitCode(0);
        var line = Assert.Single(result.Stdout.Split('\n'), l => l.StartsWith("metrics: ", StringComparison.Ordinal)).TrimEnd('\r');
        var names = line["metrics: ".Length..].Split(", ");
        foreach (var metric in new[] { "accuracy", "auc", "label-likelihood", "log-likelihood", "mrr", "mse", "ndcg@k" })
        {
            Assert.Contains(metric, names);
        }
    }

    [Fact]
    public async Task A_wrong_contract_plugin_is_reported_by_file_and_the_built_ins_still_load()
    {
        using var work = new TempDirectory();
        var folder = RepoLayout.TestPlugin("SampleImportance.TestPlugins.WrongContract");

        var result = await CliProcess.RunAsync(work.Path, "plugins", "list", "--plugins", folder);

        // A load problem makes `plugins list` exit 2, so CI notices; the list itself is still printed.
        result.AssertExitCode(2);
        Assert.Contains(Path.Combine(folder, "SampleImportance.TestPlugins.WrongContract.dll"), result.Stderr, StringComparison.Ordinal);
        Assert.Contains("contract 99", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("test-wrong-contract", result.Stdout, StringComparison.Ordinal);
        AssertListsBuiltIns(result);
    }

    [Fact]
    public async Task The_plugin_path_environment_variable_adds_plugins()
    {
        using var work = new TempDirectory();
        var environment = new Dictionary<string, string?> { ["SAMPLEIMPORTANCE_PLUGIN_PATH"] = RepoLayout.TestPlugin("SampleImportance.TestPlugins.Valid") };

        var result = await CliProcess.RunAsync(work.Path, ["plugins", "list"], environment, CliProcess.DefaultTimeout);

        result.AssertExitCode(0);
        Assert.Contains("test-constant", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("test-mean", result.Stdout, StringComparison.Ordinal);
        AssertListsBuiltIns(result);
    }

    [Fact]
    public async Task The_sample_plugin_loads_with_plugins_and_runs_in_a_suite()
    {
        using var work = new TempDirectory();
        var folder = RepoLayout.SamplePluginDirectory;
        var suite = work.Write("suite.yaml", TinySuite.Text(["{ id: agreement, plugin: neighbour-agreement, params: { k: 5 } }"], seeds: "[1, 2]"));

        var list = await CliProcess.RunAsync(work.Path, "plugins", "list", "--plugins", folder);
        var run = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "out", "--plugins", folder);

        list.AssertExitCode(0);
        Assert.Contains("neighbour-agreement", list.Stdout, StringComparison.Ordinal);
        run.AssertExitCode(0);
        var result = RunJsonFile.Load(work.File("out/run.json"));
        Assert.Equal(2, result.Cells.Count);
        Assert.All(result.Cells, cell =>
        {
            Assert.Equal("succeeded", cell.Status);
            Assert.InRange(cell.Metrics["noisy-detection.auroc"], 0, 1);
        });
        Assert.Contains(result.Root["plugins"]!.AsArray(), p => p!["assemblyName"]!.GetValue<string>() == "SampleImportance.Samples.NeighbourAgreement");
    }

    private static void AssertListsBuiltIns(CliResult result)
    {
        foreach (var id in BuiltInEstimators.Concat(BuiltInModels))
        {
            Assert.True(IdCell(id).IsMatch(result.Stdout), $"plugins list should show '{id}' whole in a table cell; {result}");
        }
    }

    /// <summary>The id as a whole table cell (│ id │), so a wrapped or truncated id does not count.</summary>
    private static Regex IdCell(string id) => new($@"[│|]\s*{Regex.Escape(id)}\s*[│|]", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^(?<name>\S+) \S+ contract 2 sha256 (?<sha>[0-9a-f]{64}) (?<path>.+\.dll)\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ProvenanceLine();
}
