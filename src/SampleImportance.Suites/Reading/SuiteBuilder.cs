using SampleImportance.Validation;

namespace SampleImportance.Suites.Reading;

/// <summary>The mutable half of "build, then freeze": section readers fill it, <see cref="Freeze"/> makes the plan.</summary>
internal sealed class SuiteBuilder
{
    public string? Name { get; set; }

    public List<int> Seeds { get; } = [];

    /// <summary>Empty when the suite sets none: the plan then uses <c>[1]</c>.</summary>
    public List<int> EstimatorSeeds { get; } = [];

    public List<DatasetPlan> Datasets { get; } = [];

    public List<ModelPlan> Models { get; } = [];

    public List<EstimatorPlan> Estimators { get; } = [];

    public TaskPlan Tasks { get; set; } = TaskPlan.None;

    public TimingPlan Timing { get; set; } = TimingPlan.Default;

    public List<GateDefinition> Gates { get; } = [];

    // Ids as declared, including entries that had other errors, so later references do not cascade into false errors.
    public Dictionary<string, SourceLocation> DatasetIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SourceLocation> ModelIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SourceLocation> EstimatorIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Task names listed under <c>tasks:</c> (valid options or not), for gates to check against.</summary>
    public HashSet<string> ListedTasks { get; } = new(StringComparer.Ordinal);

    /// <summary>Datasets that declare a corruption (valid or not).</summary>
    public HashSet<string> CorruptedDatasetIds { get; } = new(StringComparer.Ordinal);

    public SuitePlan Freeze(string file, string sha256, SuiteCatalogs catalogs) =>
        new(Name ?? throw new InvalidOperationException("Freeze called on a suite without a name."), file, sha256, Seeds, Datasets, Models, Estimators, Tasks, Timing, Gates, EstimatorSeeds)
        {
            Catalogs = catalogs,
        };
}
