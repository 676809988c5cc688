using SampleImportance.Reporting;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Reporting.Tests.Reports;

public class LeaderboardMarkdownTests
{
    [Fact]
    public void Render_complete_run_matches_snapshot()
    {
        Snapshot.Match(LeaderboardMarkdown.Render(TestRuns.Leaderboard()), "leaderboard-complete");
    }

    [Fact]
    public void Render_incomplete_run_matches_snapshot()
    {
        Snapshot.Match(LeaderboardMarkdown.Render(TestRuns.Leaderboard(complete: false)), "leaderboard-incomplete");
    }

    [Fact]
    public void Render_incomplete_run_warns_before_any_table()
    {
        var text = LeaderboardMarkdown.Render(TestRuns.Leaderboard(complete: false));

        var warning = text.IndexOf("INCOMPLETE RUN", StringComparison.Ordinal);
        Assert.InRange(warning, 0, text.IndexOf('|', StringComparison.Ordinal));
    }

    [Fact]
    public void Render_is_a_pure_function_of_the_run()
    {
        Assert.Equal(LeaderboardMarkdown.Render(TestRuns.Leaderboard()), LeaderboardMarkdown.Render(TestRuns.Leaderboard()));
    }

    [Fact]
    public void Render_ranks_by_auroc_descending_and_lists_unmeasured_estimators_last()
    {
        var cells = new[]
        {
            TestRuns.Cell("b", 1, new Dictionary<string, double> { ["noisy-detection.auroc"] = 0.7, ["removal.auc"] = 0.1 }),
            TestRuns.Cell("a", 1, new Dictionary<string, double> { ["noisy-detection.auroc"] = 0.9, ["removal.auc"] = 0.0 }),
            TestRuns.Cell("c", 1, new Dictionary<string, double> { ["removal.auc"] = 0.9 }),
        };

        var rows = TableRows(LeaderboardMarkdown.Render(TestRuns.Run(cells)));

        Assert.Equal(["| 1 | a |", "| 2 | b |", "| — | c |"], rows.Select(r => r[..r.IndexOf(" |", 6, StringComparison.Ordinal)] + " |"));
    }

    [Fact]
    public void Render_falls_back_to_removal_auc_then_to_names()
    {
        var byRemoval = new[]
        {
            TestRuns.Cell("a", 1, new Dictionary<string, double> { ["removal.auc"] = 0.2 }),
            TestRuns.Cell("b", 1, new Dictionary<string, double> { ["removal.auc"] = 0.4 }),
        };
        var byName = new[]
        {
            TestRuns.Cell("b", 1, new Dictionary<string, double> { ["time.median"] = 1 }),
            TestRuns.Cell("a", 1, new Dictionary<string, double> { ["time.median"] = 2 }),
        };

        var removal = LeaderboardMarkdown.Render(TestRuns.Run(byRemoval));
        var names = LeaderboardMarkdown.Render(TestRuns.Run(byName));

        Assert.Contains("Ranked by `removal.auc`", removal, StringComparison.Ordinal);
        Assert.StartsWith("| 1 | b |", TableRows(removal)[0], StringComparison.Ordinal);
        Assert.Contains("listed by name", names, StringComparison.Ordinal);
        Assert.Equal(["| — | a | 2.00 s | 0 | 1/0 |", "| — | b | 1.00 s | 0 | 1/0 |"], TableRows(names));
    }

    [Fact]
    public void Render_of_a_run_without_failures_says_so()
    {
        var text = LeaderboardMarkdown.Render(TestRuns.Run([TestRuns.Cell("a", 1, new Dictionary<string, double> { ["removal.auc"] = 0.2 })]));

        Assert.Contains("## Failures\n\nNo cell failed.\n", text, StringComparison.Ordinal);
    }

    /// <summary>Body rows of every estimator table (not the failures table).</summary>
    private static List<string> TableRows(string markdown) =>
        markdown.Split('\n')
            .TakeWhile(l => l != "## Failures")
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Rank", StringComparison.Ordinal))
            .ToList();
}
