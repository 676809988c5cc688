using SampleImportance.Abstractions;
using SampleImportance.Engine.Results;
using SampleImportance.Evaluation.Tasks;

namespace SampleImportance.Reporting;

/// <summary>
/// How estimators of one (dataset, corruption, model) group are ranked, shared by the Markdown leaderboard and the
/// console table so the two never disagree: by the first headline metric of the run (<see cref="RunMetrics"/>, in
/// task-catalog order: noisy-detection AUROC, then the removal area) that the group measured, mean over seeds, in the
/// direction the run recorded for it (a highest-first removal area ranks lower first); estimators without the metric
/// last, ties by name.
/// </summary>
public static class LeaderboardRanking
{
    /// <summary>The metric the group is ranked by, or null when it measured no headline metric.</summary>
    /// <param name="groupRows">The group's aggregate rows.</param>
    /// <param name="metrics">The run's metrics (<see cref="RunMetrics.Of"/>).</param>
    public static ResultMetric? RankMetric(IEnumerable<AggregateResult> groupRows, IReadOnlyList<ResultMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(groupRows);
        ArgumentNullException.ThrowIfNull(metrics);
        var measured = groupRows.Select(r => r.Metric).ToHashSet(StringComparer.Ordinal);
        return metrics.FirstOrDefault(m => m.Role == ResultMetricRole.Headline && measured.Contains(m.Name));
    }

    /// <summary>The estimators in rank order with their score (null: unranked, listed last).</summary>
    /// <param name="estimators">The group's estimators.</param>
    /// <param name="groupRows">The group's aggregate rows.</param>
    /// <param name="metrics">The run's metrics (<see cref="RunMetrics.Of"/>).</param>
    public static IReadOnlyList<(string Estimator, double? Score)> Rank(IEnumerable<string> estimators, IReadOnlyList<AggregateResult> groupRows, IReadOnlyList<ResultMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(estimators);
        ArgumentNullException.ThrowIfNull(groupRows);
        var metric = RankMetric(groupRows, metrics);
        var sign = metric?.Direction == MetricDirection.LowerIsBetter ? -1 : 1;
        return estimators
            .Select(e => (Estimator: e, Score: metric is null ? null : groupRows.FirstOrDefault(r => r.Estimator == e && r.Metric == metric.Name)?.Mean))
            .OrderBy(e => e.Score is null ? 1 : 0)
            .ThenByDescending(e => sign * (e.Score ?? 0))
            .ThenBy(e => e.Estimator, StringComparer.Ordinal)
            .ToList();
    }
}
