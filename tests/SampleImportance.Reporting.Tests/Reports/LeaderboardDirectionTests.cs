using SampleImportance.Abstractions;
using SampleImportance.Engine.Results;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Reporting;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Reporting.Tests.Reports;

/// <summary>Leaderboards rank by each metric's recorded direction, read from run.json rather than assumed.</summary>
public sealed class LeaderboardDirectionTests
{
    private static readonly CellResult[] Removal =
    [
        TestRuns.Cell("a", 1, new Dictionary<string, double> { ["removal.auc"] = 0.2 }),
        TestRuns.Cell("b", 1, new Dictionary<string, double> { ["removal.auc"] = 0.4 }),
        TestRuns.Cell("c", 1, new Dictionary<string, double> { ["removal.auc"] = 0.3 }),
    ];

    private static IReadOnlyList<ResultMetric> RemovalMetrics(MetricDirection direction) =>
        [new("removal.auc", direction, ResultMetricRole.Headline, "Removal area."), CostMetrics.UtilityEvaluations.Metric];

    [Fact]
    public void A_highest_first_removal_area_ranks_the_lowest_first_and_says_so()
    {
        var run = TestRuns.Run(Removal) with { Metrics = RemovalMetrics(MetricDirection.LowerIsBetter) };

        var markdown = LeaderboardMarkdown.Render(run);

        Assert.Contains("Ranked by `removal.auc` (mean over seeds, lower is better)", markdown, StringComparison.Ordinal);
        Assert.Equal(["| 1 | a |", "| 2 | c |", "| 3 | b |"], RankAndName(markdown));
    }

    [Fact]
    public void A_lowest_first_removal_area_ranks_the_highest_first()
    {
        var run = TestRuns.Run(Removal) with { Metrics = RemovalMetrics(MetricDirection.HigherIsBetter) };

        var markdown = LeaderboardMarkdown.Render(run);

        Assert.Contains("(mean over seeds, higher is better)", markdown, StringComparison.Ordinal);
        Assert.Equal(["| 1 | b |", "| 2 | c |", "| 3 | a |"], RankAndName(markdown));
    }

    [Fact]
    public void The_ranking_metric_is_the_first_headline_metric_the_run_records()
    {
        var rows = new[]
        {
            new AggregateResult("d", "none", "m", "a", "spread.range", 1, 1, 1, 1),
            new AggregateResult("d", "none", "m", "b", "spread.range", 3, 3, 3, 1),
            new AggregateResult("d", "none", "m", "a", "removal.auc", 0.9, 0.9, 0.9, 1),
            new AggregateResult("d", "none", "m", "b", "removal.auc", 0.1, 0.1, 0.1, 1),
        };
        IReadOnlyList<ResultMetric> metrics =
        [
            new("spread.range", MetricDirection.LowerIsBetter, ResultMetricRole.Headline, "A registered task's metric."),
            new("removal.auc", MetricDirection.HigherIsBetter, ResultMetricRole.Headline, "Removal area."),
        ];

        Assert.Equal("spread.range", LeaderboardRanking.RankMetric(rows, metrics)!.Name);
        Assert.Equal(["a", "b"], LeaderboardRanking.Rank(["b", "a"], rows, metrics).Select(r => r.Estimator));
        Assert.Equal(["a", "b"], LeaderboardRanking.Rank(["b", "a"], rows, metrics.Reverse().ToList()).Select(r => r.Estimator));
        Assert.Null(LeaderboardRanking.RankMetric(rows, [metrics[0] with { Role = ResultMetricRole.Quality }, metrics[1] with { Role = ResultMetricRole.Quality }]));
    }

    [Fact]
    public void Recorded_costs_stay_out_of_the_quality_columns_and_unrecorded_metrics_count_as_quality()
    {
        var cells = new[] { TestRuns.Cell("a", 1, new Dictionary<string, double> { ["removal.auc"] = 0.5, ["cost.gpu-seconds"] = 7, ["extra.score"] = 2 }) };
        IReadOnlyList<ResultMetric> metrics =
        [
            new("removal.auc", MetricDirection.HigherIsBetter, ResultMetricRole.Headline, "Removal area."),
            new("cost.gpu-seconds", MetricDirection.LowerIsBetter, ResultMetricRole.Cost, "A registered cost."),
        ];

        var header = LeaderboardMarkdown.Render(TestRuns.Run(cells) with { Metrics = metrics }).Split('\n').First(l => l.StartsWith("| Rank", StringComparison.Ordinal));

        Assert.Equal("| Rank | Estimator | extra.score | removal.auc | time.median | Utility evals | Cells ok/failed |", header);
    }

    [Fact]
    public void A_run_without_recorded_metrics_falls_back_to_the_built_in_directions()
    {
        var metrics = RunMetrics.Of(TestRuns.Run(Removal));

        Assert.Equal(TaskCatalog.CreateDefault().Metrics, metrics);
        Assert.Equal(MetricDirection.HigherIsBetter, RunMetrics.Find(metrics, "removal.auc").Direction);
        Assert.Equal(ResultMetricRole.Quality, RunMetrics.Find(metrics, "not.recorded").Role);
    }

    [Fact]
    public void Run_json_keeps_the_recorded_metrics_and_reads_a_file_without_them()
    {
        using var dir = new TempDirectory();
        var run = TestRuns.Run(Removal) with { Metrics = RemovalMetrics(MetricDirection.LowerIsBetter) };
        var withMetrics = dir.File("run.json");
        var without = dir.File("old.json");

        RunJson.Write(withMetrics, run);
        // As an older tool wrote it: no top-level "metrics" at all (it is the last property).
        File.WriteAllText(without, RunJson.Serialize(run with { Metrics = null }).Replace(",\n  \"metrics\": null\n", "\n", StringComparison.Ordinal));

        Assert.Contains("\"direction\": \"lowerIsBetter\"", File.ReadAllText(withMetrics), StringComparison.Ordinal);
        Assert.Equal(run.Metrics, RunJson.Read(withMetrics).Metrics);
        Assert.DoesNotContain("\n  \"metrics\"", File.ReadAllText(without), StringComparison.Ordinal);
        Assert.Null(RunJson.Read(without).Metrics);
    }

    private static List<string> RankAndName(string markdown) =>
        markdown.Split('\n')
            .TakeWhile(l => l != "## Failures")
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Rank", StringComparison.Ordinal))
            .Select(l => l[..(l.IndexOf(" |", 6, StringComparison.Ordinal) + 2)])
            .ToList();
}
