using System.Text.Json;
using SampleImportance.Engine.Results;
using SampleImportance.Suites;
using SampleImportance.Validation;

namespace SampleImportance.Reporting.Cells;

/// <summary>
/// <c>cells/&lt;cell&gt;.json</c>: one finished cell (key, status, error, metrics, timing, notes, removal curve and setup,
/// exactly as run.json holds it) under a <c>schema</c>/<c>schemaVersion</c> header, in run.json's JSON dialect. Written
/// the moment the cell finishes, so a run that dies later still leaves every finished cell readable.
/// </summary>
public static class CellJson
{
    private const string Kind = "cell result";

    /// <summary>The file name of <paramref name="key"/>'s result: <see cref="CellKey.FileStem"/> plus <c>.json</c>.</summary>
    public static string FileName(CellKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.FileStem + ".json";
    }

    /// <summary>The JSON text of <paramref name="cell"/>.</summary>
    /// <exception cref="ArgumentException">A metric, timing or curve value is NaN or infinite.</exception>
    public static string Serialize(CellResult cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        RunJson.CheckFinite(cell, FileName(cell.Key));
        return JsonSerializer.Serialize(new CellFile(CellFile.SchemaId, CellFile.CurrentSchemaVersion, cell), ReportJsonOptions.Default) + "\n";
    }

    /// <summary>Writes <paramref name="cell"/> to <paramref name="path"/> atomically (see <see cref="AtomicFile"/>).</summary>
    public static void Write(string path, CellResult cell) => AtomicFile.WriteAllText(path, Serialize(cell));

    /// <summary>Reads a cell file.</summary>
    /// <exception cref="InputException">The file is missing, empty, not JSON, truncated, not a cell result, or of an unsupported schema version; the error names the file and line.</exception>
    public static CellResult Read(string path) =>
        VersionedJsonFile.Read<CellFile>(path, CellFile.SchemaId, CellFile.CurrentSchemaVersion, Kind).Cell;
}
