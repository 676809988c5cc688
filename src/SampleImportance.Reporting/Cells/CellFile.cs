using SampleImportance.Engine.Results;

namespace SampleImportance.Reporting.Cells;

/// <summary>The whole of one <c>cells/&lt;cell&gt;.json</c>: a versioned header around the cell's result.</summary>
internal sealed record CellFile(string Schema, int SchemaVersion, CellResult Cell)
{
    public const string SchemaId = "sampleimportance/cell";
    public const int CurrentSchemaVersion = 1;
}
