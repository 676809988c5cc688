using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Validate;

/// <summary>Every suite in <c>benchmarks/suites/</c> (one per real dataset in ../shared/datasets) validates with the built tool.</summary>
public sealed class BenchmarkSuitesTests
{
    public static TheoryData<string> Suites() => [.. Names()];

    [Fact]
    public void There_is_a_suite_per_real_dataset() =>
        Assert.Equal(["bot-clicks-ranking.yaml", "catalog.yaml", "click-noise.yaml", "criteo.yaml", "esci.yaml", "implicit-bot-sessions.yaml", "letor-mq2008.yaml", "online-retail.yaml", "otto.yaml"], Names());

    [Fact]
    public void The_catalog_suite_runs_every_built_in_estimator()
    {
        var text = File.ReadAllText(Path.Combine(RepoLayout.Root, "benchmarks", "suites", "catalog.yaml"));
        var plugins = System.Text.RegularExpressions.Regex.Matches(text, @"plugin: ([a-z0-9-]+)").Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Subset(plugins, Plugins.PluginsListTests.BuiltInEstimators.ToHashSet());
    }

    private static List<string> Names() =>
        [.. Directory.GetFiles(Path.Combine(RepoLayout.Root, "benchmarks", "suites"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Suites))]
    public async Task The_suite_validates(string name)
    {
        using var work = new TempDirectory();

        var result = await CliProcess.RunAsync(work.Path, "validate", Path.Combine(RepoLayout.Root, "benchmarks", "suites", name));

        result.AssertExitCode(0);
        Assert.Contains("ok: suite", result.Stdout, StringComparison.Ordinal);
    }
}
