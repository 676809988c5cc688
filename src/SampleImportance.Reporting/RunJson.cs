using System.Text.Json;
using SampleImportance.Engine.Results;
using SampleImportance.Validation;

namespace SampleImportance.Reporting;

/// <summary>
/// <c>run.json</c>: a <see cref="RunResult"/> as indented camelCase JSON with camelCase enum strings and invariant
/// numbers. Non-finite doubles are rejected on write (JSON has no NaN; a metric is finite or the cell failed),
/// with the offending cell and metric named.
/// </summary>
public static class RunJson
{
    private const string Kind = "run result";

    /// <summary>The JSON text of <paramref name="run"/>.</summary>
    /// <exception cref="ArgumentException">A metric, timing, curve point or aggregate is NaN or infinite.</exception>
    public static string Serialize(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        CheckFinite(run);
        return JsonSerializer.Serialize(run, ReportJsonOptions.Default) + "\n";
    }

    /// <summary>Writes <paramref name="run"/> to <paramref name="path"/> atomically (see <see cref="AtomicFile"/>).</summary>
    public static void Write(string path, RunResult run) => AtomicFile.WriteAllText(path, Serialize(run));

    /// <summary>Reads a run.json.</summary>
    /// <exception cref="InputException">The file is missing, empty, not JSON, truncated, not a run result, or of an unsupported schema version; the error names the file and line.</exception>
    public static RunResult Read(string path) =>
        VersionedJsonFile.Read<RunResult>(path, RunResult.SchemaId, RunResult.CurrentSchemaVersion, Kind);

    private static void CheckFinite(RunResult run)
    {
        foreach (var cell in run.Cells)
        {
            CheckFinite(cell, "run.json");
        }

        foreach (var row in run.Aggregates)
        {
            var where = $"aggregate {row.Dataset}/{row.Corruption}/{row.Model}/{row.Estimator} {row.Metric}";
            Require(row.Mean, where);
            Require(row.CiLower, where);
            Require(row.CiUpper, where);
        }
    }

    /// <summary>Rejects a cell holding NaN or infinity (JSON has neither), naming the cell and the field; shared with <see cref="Cells.CellJson"/>.</summary>
    internal static void CheckFinite(CellResult cell, string file)
    {
        foreach (var (metric, value) in cell.Metrics)
        {
            Require(value, $"cell {cell.Key.Id}, metric {metric}", file);
        }

        if (cell.Timing is { } timing)
        {
            Require(timing.MedianSeconds, $"cell {cell.Key.Id}, timing median", file);
            Require(timing.CiLowerSeconds, $"cell {cell.Key.Id}, timing interval", file);
            Require(timing.CiUpperSeconds, $"cell {cell.Key.Id}, timing interval", file);
            foreach (var sample in timing.SamplesSeconds)
            {
                Require(sample, $"cell {cell.Key.Id}, timing sample", file);
            }

            foreach (var sample in timing.CpuSamplesSeconds ?? [])
            {
                Require(sample, $"cell {cell.Key.Id}, CPU time sample", file);
            }
        }

        foreach (var point in cell.RemovalCurve ?? [])
        {
            Require(point.Fraction, $"cell {cell.Key.Id}, removal curve fraction", file);
            Require(point.Utility, $"cell {cell.Key.Id}, removal curve utility", file);
        }
    }

    private static void Require(double value, string where, string file = "run.json")
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{file} cannot hold the non-finite value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({where}); record the cell as failed instead.");
        }
    }
}
