using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// A metric a cell records (a task's, or a cost the engine measures), with the direction in which it improves: gates,
/// leaderboards and run.json learn every metric's direction from here.
/// </summary>
/// <param name="Name">Name in results and gates, e.g. <c>noisy-detection.auroc</c>.</param>
/// <param name="Direction">Which way it improves under the parameters it was produced with.</param>
/// <param name="Role">Whether leaderboards may rank by it, show it as quality, or as cost.</param>
/// <param name="Description">One sentence: what it measures.</param>
/// <param name="Label">A short column header for narrow console tables, or null to leave it out of them.</param>
public sealed record ResultMetric(string Name, MetricDirection Direction, ResultMetricRole Role, string Description, string? Label = null);
