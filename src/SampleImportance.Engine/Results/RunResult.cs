using SampleImportance.Hosting;
using SampleImportance.Suites;

namespace SampleImportance.Engine.Results;

/// <summary>The whole of <c>run.json</c>.</summary>
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
    DateTimeOffset FinishedAt)
{
    public const string SchemaId = "sampleimportance/run";
    public const int CurrentSchemaVersion = 1;
}
