using SampleImportance.Evaluation.Tasks;
using SampleImportance.Hosting;
using SampleImportance.Suites;

namespace SampleImportance.Engine.Results;

/// <summary>The whole of <c>run.json</c>.</summary>
/// <param name="Metrics">The metrics the cells record, each with its direction under the suite's task options (from the
/// task catalog at run time), so reports rank every metric the right way round without the suite; null in a run.json
/// written before it was recorded.</param>
public sealed record RunResult(
    string Schema,
    int SchemaVersion,
    SuiteInfo Suite,
    EnvironmentInfo Environment,
    IReadOnlyList<PluginInfo> Plugins,
    IReadOnlyList<CellResult> Cells,
    IReadOnlyList<AggregateResult> Aggregates,
    bool Complete,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<ResultMetric>? Metrics = null)
{
    public const string SchemaId = "sampleimportance/run";
    public const int CurrentSchemaVersion = 1;
}
