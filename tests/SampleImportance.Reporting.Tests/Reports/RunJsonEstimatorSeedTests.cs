using System.Text.RegularExpressions;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Reporting.Tests.Reports;

/// <summary>The estimator seed in run.json: written in every cell key, and defaulted to 1 in files written before it existed.</summary>
public sealed class RunJsonEstimatorSeedTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_non_default_estimator_seed_round_trips_in_the_key()
    {
        var cell = TestRuns.Cell("tmc", 2, new Dictionary<string, double> { ["noisy-detection.auroc"] = 0.8 });
        cell = cell with { Key = cell.Key with { EstimatorSeed = 3 } };
        var path = temp.File("run.json");

        RunJson.Write(path, TestRuns.Run([cell]));
        var read = RunJson.Read(path);

        Assert.Contains("\"estimatorSeed\": 3", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(cell.Key, Assert.Single(read.Cells).Key);
        Assert.Equal("clicks/fake-clicks(0.1)/knn/tmc/2/e3", read.Cells[0].Key.Id);
    }

    [Fact]
    public void A_run_json_without_estimator_seeds_reads_as_estimator_seed_1_with_the_same_ids()
    {
        var run = TestRuns.Leaderboard();
        var json = RunJson.Serialize(run);
        var old = Regex.Replace(json, "\\s*\"estimatorSeed\": 1,?", string.Empty);
        Assert.DoesNotContain("estimatorSeed", old, StringComparison.Ordinal);
        var path = temp.File("old-run.json");
        File.WriteAllText(path, old);

        var read = RunJson.Read(path);

        Assert.Equal(run.Cells.Select(c => c.Key), read.Cells.Select(c => c.Key));
        Assert.All(read.Cells, c => Assert.Equal(1, c.Key.EstimatorSeed));
        Assert.Equal(run.Cells.Select(c => c.Key.Id), read.Cells.Select(c => c.Key.Id));
    }
}
