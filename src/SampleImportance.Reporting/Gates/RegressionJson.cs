using System.Text.Json;
using SampleImportance.Reporting;
using SampleImportance.Validation;

namespace SampleImportance.Reporting.Gates;

/// <summary>
/// <c>regression.json</c>, the file the MSBuild gate task parses: indented camelCase JSON whose property order and
/// names follow <see cref="RegressionReport"/> and <see cref="GateOutcome"/> exactly; <c>status</c> and <c>check</c>
/// are lower-case strings, <c>code</c>, <c>current</c> and <c>baseline</c> are written as null when absent.
/// </summary>
public static class RegressionJson
{
    private const string Kind = "regression report";

    /// <summary>The JSON text of <paramref name="report"/>.</summary>
    /// <exception cref="ArgumentException">A value or limit is NaN or infinite.</exception>
    public static string Serialize(RegressionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var gate in report.Gates)
        {
            if (!double.IsFinite(gate.Limit) || gate.Current is { } c && !double.IsFinite(c) || gate.Baseline is { } b && !double.IsFinite(b)
                || gate.IntervalLower is { } l && !double.IsFinite(l) || gate.IntervalUpper is { } u && !double.IsFinite(u) || gate.PValue is { } p && !double.IsFinite(p))
            {
                throw new ArgumentException($"regression.json cannot hold non-finite numbers (gate {gate.Metric} at {gate.File}:{gate.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}).", nameof(report));
            }
        }

        return JsonSerializer.Serialize(report, ReportJsonOptions.Default) + "\n";
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="path"/> atomically (see <see cref="AtomicFile"/>).</summary>
    public static void Write(string path, RegressionReport report) => AtomicFile.WriteAllText(path, Serialize(report));

    /// <summary>Reads a regression.json.</summary>
    /// <exception cref="InputException">The file is missing, empty, not JSON, truncated, not a regression report, or of an unsupported schema version.</exception>
    public static RegressionReport Read(string path) =>
        VersionedJsonFile.Read<RegressionReport>(path, RegressionReport.SchemaId, RegressionReport.CurrentSchemaVersion, Kind);
}
