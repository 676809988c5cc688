using System.Globalization;
using SampleImportance.Engine.Results;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Reporting;
using Spectre.Console;

namespace SampleImportance.Cli.Output;

/// <summary>The end-of-run console table: one per dataset × corruption × model, estimators ranked as in leaderboard.md.
/// Narrow enough for an 80-column log: only the metrics the run describes with a short label (<see cref="ResultMetric.Label"/>);
/// leaderboard.md has every metric.</summary>
internal static class LeaderboardTable
{
    public static void Write(RunResult run)
    {
        var metrics = RunMetrics.Of(run);
        var columns = metrics.Where(m => m.Label is not null).Select(m => (Metric: m.Name, Header: m.Label!)).ToList();
        foreach (var group in run.Aggregates.GroupBy(a => (a.Dataset, a.Corruption, a.Model)))
        {
            var table = new Table().Title(Markup.Escape($"{group.Key.Dataset} · {group.Key.Corruption} · {group.Key.Model}"));
            table.AddColumn(new TableColumn("estimator").NoWrap()); // ids stay whole in 80-column CI logs
            foreach (var (_, header) in columns)
            {
                table.AddColumn(new TableColumn(header).RightAligned());
            }

            var rows = group.ToList();
            foreach (var (estimator, _) in LeaderboardRanking.Rank(rows.Select(a => a.Estimator).Distinct(), rows, metrics))
            {
                var cells = new List<string> { Markup.Escape(estimator) };
                foreach (var (metric, _) in columns)
                {
                    var aggregate = rows.FirstOrDefault(a => a.Estimator == estimator && a.Metric == metric);
                    cells.Add(aggregate is null ? "—" : Format(metric, aggregate));
                }

                table.AddRow(cells.ToArray());
            }

            AnsiConsole.Write(table);
        }

        var failed = run.Cells.Count(c => c.Status != CellStatus.Succeeded);
        if (failed > 0)
        {
            AnsiConsole.MarkupLine($"[yellow]{failed} of {run.Cells.Count} cells did not succeed; see leaderboard.md.[/]");
        }
    }

    private static string Format(string metric, AggregateResult a)
    {
        var half = (a.CiUpper - a.CiLower) / 2;
        return metric switch
        {
            CostMetrics.TimeMedianName or CostMetrics.TimeCpuMedianName => a.Mean.ToString("0.000", CultureInfo.InvariantCulture) + " s",
            CostMetrics.UtilityEvaluationsName => a.Mean.ToString("0", CultureInfo.InvariantCulture),
            _ => a.Mean.ToString("0.000", CultureInfo.InvariantCulture) + "±" + half.ToString("0.000", CultureInfo.InvariantCulture),
        };
    }
}
