using SampleImportance.Abstractions;
using SampleImportance.Engine.Results;
using SampleImportance.Evaluation.Tasks;

namespace SampleImportance.Reporting;

/// <summary>
/// The metrics of a run with the direction each improves in, as the run recorded them from the task catalog; for a
/// run.json written before they were recorded, the built-in catalog's defaults (which cannot know a non-default task
/// option, such as a highest-first removal, that run used).
/// </summary>
public static class RunMetrics
{
    /// <summary>Every metric the run records, headline ones in ranking order, costs last.</summary>
    /// <param name="run">The run.</param>
    public static IReadOnlyList<ResultMetric> Of(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Metrics ?? TaskCatalog.CreateDefault().Metrics;
    }

    /// <summary>The recorded description of <paramref name="name"/>; a metric the run did not describe counts as higher-is-better quality.</summary>
    /// <param name="metrics">The run's metrics (<see cref="Of"/>).</param>
    /// <param name="name">A metric name from the run's cells.</param>
    public static ResultMetric Find(IReadOnlyList<ResultMetric> metrics, string name)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics.FirstOrDefault(m => m.Name == name)
            ?? new ResultMetric(name, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "Not described by the run.");
    }
}
