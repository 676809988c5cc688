using SampleImportance.Engine.Results;
using SampleImportance.Evaluation;

namespace SampleImportance.Reporting;

/// <summary>
/// How estimators of one (dataset, corruption, model) group are ranked, shared by the Markdown leaderboard and the
/// console table so the two never disagree: by <see cref="MetricNames.Auroc"/> mean, else
/// <see cref="MetricNames.RemovalAuc"/> (higher is better), estimators without the metric last, ties by name.
/// </summary>
public static class LeaderboardRanking
{
    /// <summary>The metric the group is ranked by, or null when it measured neither.</summary>
    public static string? RankMetric(IEnumerable<AggregateResult> groupRows)
    {
        ArgumentNullException.ThrowIfNull(groupRows);
        var metrics = groupRows.Select(r => r.Metric).ToHashSet(StringComparer.Ordinal);
        return metrics.Contains(MetricNames.Auroc) ? MetricNames.Auroc
            : metrics.Contains(MetricNames.RemovalAuc) ? MetricNames.RemovalAuc
            : null;
    }

    /// <summary>The estimators in rank order with their score (null: unranked, listed last).</summary>
    public static IReadOnlyList<(string Estimator, double? Score)> Rank(IEnumerable<string> estimators, IReadOnlyList<AggregateResult> groupRows)
    {
        ArgumentNullException.ThrowIfNull(estimators);
        ArgumentNullException.ThrowIfNull(groupRows);
        var metric = RankMetric(groupRows);
        return estimators
            .Select(e => (Estimator: e, Score: metric is null ? null : groupRows.FirstOrDefault(r => r.Estimator == e && r.Metric == metric)?.Mean))
            .OrderBy(e => e.Score is null ? 1 : 0)
            .ThenByDescending(e => e.Score ?? 0)
            .ThenBy(e => e.Estimator, StringComparer.Ordinal)
            .ToList();
    }
}
