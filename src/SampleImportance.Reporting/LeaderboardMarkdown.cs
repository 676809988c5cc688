using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Engine.Results;
using SampleImportance.Evaluation.Tasks;

namespace SampleImportance.Reporting;

/// <summary>
/// The Markdown leaderboard of one run: per (dataset, corruption, model) a table of estimators ranked by quality
/// (<see cref="LeaderboardRanking"/>).
/// A pure function of the <see cref="RunResult"/> (no clock, no machine lookups), so it is snapshot-tested.
/// </summary>
public static class LeaderboardMarkdown
{
    /// <summary>
    /// Renders the leaderboard. Quality columns are the group's metrics that the run does not record as costs
    /// (<see cref="RunMetrics"/>), shown as <c>mean ± half-width</c> of the 95% interval (<c>(n=1)</c> for a
    /// single seed, where no interval exists); estimators without the ranking metric are listed last, unranked.
    /// </summary>
    public static string Render(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var md = new Markdown();

        md.Line("# Leaderboard: " + run.Suite.Name);
        md.Blank();
        WriteCompleteness(md, run);
        md.Line(string.Create(CultureInfo.InvariantCulture,
            $"Environment: backend {MarkdownText.Code(run.Environment.ComputeBackend)}, runtime {MarkdownText.Code(run.Environment.Runtime)}, {run.Environment.ProcessorCount} cores."));
        md.Blank();

        var groups = run.Cells.Select(c => (c.Key.Dataset, c.Key.Corruption, c.Key.Model))
            .Concat(run.Aggregates.Select(a => (a.Dataset, a.Corruption, a.Model)))
            .Distinct()
            .OrderBy(g => g.Dataset, StringComparer.Ordinal)
            .ThenBy(g => g.Corruption, StringComparer.Ordinal)
            .ThenBy(g => g.Model, StringComparer.Ordinal)
            .ToList();
        if (groups.Count == 0)
        {
            md.Line("No cells were run.");
            md.Blank();
        }

        var metrics = RunMetrics.Of(run);
        foreach (var group in groups)
        {
            WriteGroup(md, run, group, metrics);
        }

        WriteFailures(md, run);
        return md.ToString();
    }

    private static void WriteCompleteness(Markdown md, RunResult run)
    {
        var counts = string.Join(", ", new[]
            {
                (CellStatus.Succeeded, "succeeded"),
                (CellStatus.Failed, "failed"),
                (CellStatus.TimedOut, "timed out"),
                (CellStatus.Skipped, "skipped"),
                (CellStatus.Cancelled, "cancelled"),
            }
            .Select(s => (Count: run.Cells.Count(c => c.Status == s.Item1), Label: s.Item2))
            .Where(s => s.Count > 0)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Count} {s.Label}")));
        var summary = string.Create(CultureInfo.InvariantCulture, $"{run.Cells.Count} cells")
            + (counts.Length > 0 ? ": " + counts : string.Empty) + ".";

        if (run.Complete)
        {
            md.Line("Run complete: " + summary);
        }
        else
        {
            md.Line("> [!WARNING]");
            md.Line("> **INCOMPLETE RUN.** Not every planned cell finished (the run was interrupted or cancelled), so");
            md.Line("> these rankings rest on partial data and must not be compared with a complete run. Recorded: " + summary);
        }

        md.Blank();
    }

    private static void WriteGroup(Markdown md, RunResult run, (string Dataset, string Corruption, string Model) group, IReadOnlyList<ResultMetric> metrics)
    {
        var cells = run.Cells
            .Where(c => c.Key.Dataset == group.Dataset && c.Key.Corruption == group.Corruption && c.Key.Model == group.Model)
            .ToList();
        var rows = run.Aggregates
            .Where(a => a.Dataset == group.Dataset && a.Corruption == group.Corruption && a.Model == group.Model)
            .ToList();
        var estimators = cells.Select(c => c.Key.Estimator).Concat(rows.Select(r => r.Estimator))
            .Distinct().ToList();
        var qualityMetrics = rows.Select(r => r.Metric).Where(m => RunMetrics.Find(metrics, m).Role != ResultMetricRole.Cost)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var rankMetric = LeaderboardRanking.RankMetric(rows, metrics);

        AggregateResult? Row(string estimator, string metric) =>
            rows.FirstOrDefault(r => r.Estimator == estimator && r.Metric == metric);

        var ranked = LeaderboardRanking.Rank(estimators, rows, metrics);

        md.Line($"## {group.Dataset} · {group.Corruption} · {group.Model}");
        md.Blank();
        md.Line(rankMetric is null
            ? "No ranking metric was measured; estimators are listed by name."
            : $"Ranked by {MarkdownText.Code(rankMetric.Name)} (mean over seeds, {(rankMetric.Direction == MetricDirection.LowerIsBetter ? "lower" : "higher")} is better); intervals are 95% Student-t intervals of the mean.");
        md.Blank();

        var header = new List<string> { "Rank", "Estimator" };
        header.AddRange(qualityMetrics);
        header.AddRange([CostMetrics.TimeMedianName, "Utility evals", "Cells ok/failed"]);
        md.Line("| " + string.Join(" | ", header.Select(MarkdownText.Cell)) + " |");
        md.Line("|---:|:---|" + string.Concat(Enumerable.Repeat("---:|", header.Count - 2)));

        var rank = 0;
        foreach (var (estimator, score) in ranked)
        {
            var own = cells.Where(c => c.Key.Estimator == estimator).ToList();
            var succeeded = own.Where(c => c.Status == CellStatus.Succeeded).ToList();
            var failed = own.Count(c => c.Status is CellStatus.Failed or CellStatus.TimedOut or CellStatus.Cancelled);
            var skipped = own.Count(c => c.Status == CellStatus.Skipped);

            var line = new List<string>
            {
                score is null ? MarkdownText.Missing : (++rank).ToString(CultureInfo.InvariantCulture),
                MarkdownText.Cell(estimator),
            };
            line.AddRange(qualityMetrics.Select(m => Row(estimator, m) is { } r ? MeanWithInterval(r) : MarkdownText.Missing));
            line.Add(Row(estimator, CostMetrics.TimeMedianName) is { } time ? MarkdownText.Duration(time.Mean) : MarkdownText.Missing);
            line.Add(succeeded.Count > 0 ? MarkdownText.Count(succeeded.Average(c => (double)c.UtilityEvaluations)) : MarkdownText.Missing);
            line.Add(string.Create(CultureInfo.InvariantCulture, $"{succeeded.Count}/{failed}")
                + (skipped > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({skipped} skipped)") : string.Empty));
            md.Line("| " + string.Join(" | ", line) + " |");
        }

        md.Blank();
    }

    private static void WriteFailures(Markdown md, RunResult run)
    {
        md.Line("## Failures");
        md.Blank();
        var failures = run.Cells
            .Where(c => c.Status is CellStatus.Failed or CellStatus.TimedOut or CellStatus.Cancelled)
            .OrderBy(c => c.Key.Id, StringComparer.Ordinal)
            .ToList();
        if (failures.Count == 0)
        {
            md.Line("No cell failed.");
            md.Blank();
        }
        else
        {
            md.Line("| Cell | Status | Error |");
            md.Line("|:---|:---|:---|");
            foreach (var cell in failures)
            {
                md.Line($"| {MarkdownText.Cell(cell.Key.Id)} | {StatusText(cell.Status)} | {FirstLine(cell.Error)} |");
            }

            md.Blank();
        }

        var skipped = run.Cells.Where(c => c.Status == CellStatus.Skipped).OrderBy(c => c.Key.Id, StringComparer.Ordinal).ToList();
        if (skipped.Count > 0)
        {
            md.Line("## Skipped");
            md.Blank();
            foreach (var cell in skipped)
            {
                var reason = cell.Error ?? cell.Notes.FirstOrDefault() ?? "no reason recorded";
                md.Line($"- {MarkdownText.Code(cell.Key.Id)}: {MarkdownText.Cell(reason)}");
            }

            md.Blank();
        }
    }

    /// <summary>The error's first line: the message; a stack trace would drown the table (run.json keeps it all).</summary>
    private static string FirstLine(string? error)
    {
        var line = error?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line) ? "(no error recorded)" : MarkdownText.Cell(line);
    }

    private static string MeanWithInterval(AggregateResult row) =>
        row.Count > 1
            ? MarkdownText.Fixed(row.Mean) + " ± " + MarkdownText.Fixed((row.CiUpper - row.CiLower) / 2)
            : MarkdownText.Fixed(row.Mean) + " (n=1)";

    private static string StatusText(CellStatus status) => status switch
    {
        CellStatus.Failed => "failed",
        CellStatus.TimedOut => "timed out",
        CellStatus.Cancelled => "cancelled",
        CellStatus.Skipped => "skipped",
        _ => "succeeded",
    };
}
