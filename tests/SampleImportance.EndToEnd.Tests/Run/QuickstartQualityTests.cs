using System.Text.RegularExpressions;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Run;

/// <summary>The product promise: on the quickstart data the best estimator finds the injected fake clicks among the
/// clicks, within each position, clearly better than random (by at least 0.15 mean AUROC), and random stays at chance.</summary>
public sealed class QuickstartQualityTests
{
    [Fact]
    public async Task Quickstart_without_timing_finds_the_fake_clicks_among_clicks_well_above_random()
    {
        using var work = new TempDirectory();
        var suite = work.Write("quickstart.yaml", WithoutTiming(File.ReadAllText(RepoLayout.QuickstartSuite)));

        var result = await CliProcess.RunAsync(work.Path, "run", suite, "--out", "out");

        result.AssertExitCode(0);
        Assert.True(File.Exists(work.File("out/leaderboard.md")), result.ToString());
        var run = RunJsonFile.Load(work.File("out/run.json"));
        Assert.True(run.Complete);
        Assert.NotEmpty(run.Cells);
        Assert.All(run.Cells, cell => Assert.True(cell.Status == "succeeded", cell.ToString()));
        // Measured over seeds 1-5: loss 0.703, knn-shapley 0.623, random 0.510 (gates in quickstart.yaml: 0.65, 0.57).
        Assert.True(run.AggregateMean("loss", "noisy-detection.auroc") >= 0.65, run.Aggregate("loss", "noisy-detection.auroc").ToJsonString());
        Assert.True(run.AggregateMean("knn-shapley", "noisy-detection.auroc") >= 0.57, run.Aggregate("knn-shapley", "noisy-detection.auroc").ToJsonString());
        var random = run.AggregateMean("random", "noisy-detection.auroc");
        Assert.InRange(random, 0.4, 0.6);
        var best = run.Cells.Select(c => c.Estimator).Distinct().Max(e => run.AggregateMean(e, "noisy-detection.auroc"));
        Assert.True(best >= random + 0.15, $"best {best:F3} vs random {random:F3}");

        // The console leaderboard (80 columns when redirected, as in CI logs) shows every estimator id whole.
        foreach (var estimator in run.Cells.Select(c => c.Estimator).Distinct())
        {
            Assert.Matches($@"│\s*{Regex.Escape(estimator)}\s*│", result.Stdout);
        }
    }

    /// <summary>
    /// The quickstart as shipped, but untimed: BenchmarkDotNet timing is slow and meaningless in a Debug build, and a
    /// time.median gate without timing is a validation error, so that gate goes too. Nothing else changes.
    /// </summary>
    private static string WithoutTiming(string quickstart)
    {
        var lines = quickstart.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Assert.Single(lines, l => l.StartsWith("timing:", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("metric: time.median", StringComparison.Ordinal));
        return string.Join('\n', lines
            .Where(l => !l.Contains("metric: time.median", StringComparison.Ordinal))
            .Select(l => l.StartsWith("timing:", StringComparison.Ordinal) ? "timing: { enabled: false }" : l));
    }
}
