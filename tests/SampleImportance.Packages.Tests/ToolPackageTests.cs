using System.Text.Json.Nodes;
using SampleImportance.Packages.Tests.Support;

namespace SampleImportance.Packages.Tests;

/// <summary>The tool installed from the feed (by the fixture, into a temporary tool path) works with no clone.</summary>
[Collection(PackagesCollection.Name)]
public sealed class ToolPackageTests(PackageFeed feed)
{
    [Fact]
    public void Installed_tool_runs_the_quickstart_with_its_built_in_plugins()
    {
        var work = feed.NewDirectory("quickstart");

        var run = feed.Tool(work, TimeSpan.FromMinutes(8), "run", "--out", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(work, "out", "run.json")))!;
        Assert.True(json["complete"]!.GetValue<bool>(), run.ToString());
        var cells = json["cells"]!.AsArray();
        Assert.All(cells, cell => Assert.Equal("succeeded", cell!["status"]!.GetValue<string>()));
        var estimators = cells.Select(cell => cell!["key"]!["estimator"]!.GetValue<string>()).Distinct().ToList();
        Assert.Contains("knn-shapley", estimators);
        Assert.Contains("loss", estimators);
    }

    [Fact]
    public void Installed_tool_lists_the_built_in_plugins_from_its_own_folder()
    {
        var list = feed.Tool(feed.NewDirectory("plugins"), TimeSpan.FromMinutes(1), "plugins", "list");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("knn-shapley", list.Output, StringComparison.Ordinal);
        Assert.Contains("logistic-regression", list.Output, StringComparison.Ordinal);
    }
}
