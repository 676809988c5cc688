using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Sources;
using SampleImportance.Evaluation.Metrics;
using SampleImportance.Evaluation.Tasks;

namespace SampleImportance.Suites;

/// <summary>
/// The registries a suite is validated against and run with: tasks (and the costs every cell records), data sources,
/// corruptions and metrics. Suite readers, the runner, gates and listings ask these, never a list of their own, so a task,
/// source or corruption registered here is known everywhere at once.
/// </summary>
/// <param name="Tasks">Evaluation tasks and cost metrics.</param>
/// <param name="Sources">Data sources.</param>
/// <param name="Corruptions">Corruptions.</param>
public sealed record SuiteCatalogs(TaskCatalog Tasks, DataSourceCatalog Sources, CorruptionCatalog Corruptions)
{
    /// <summary>The metrics a model entry's <c>metric:</c> may name (default: the built-in ones).</summary>
    public MetricCatalog Metrics { get; init; } = MetricCatalog.CreateDefault();

    /// <summary>The built-in tasks, sources, corruptions and metrics.</summary>
    public static SuiteCatalogs CreateDefault() => new(TaskCatalog.CreateDefault(), DataSourceCatalog.CreateDefault(), CorruptionCatalog.CreateDefault());
}
