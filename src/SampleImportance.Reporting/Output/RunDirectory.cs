using System.Text.Json;
using SampleImportance.Abstractions;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Reporting.Cells;
using SampleImportance.Reporting.Values;
using SampleImportance.Suites;

namespace SampleImportance.Reporting.Output;

/// <summary>
/// A run's output directory (<c>--out</c>), written as the run goes so nothing finished is lost:
/// <see cref="Start"/> writes the marker <c>run.incomplete.json</c>; each cell's values land in
/// <c>values/&lt;cell&gt;.csv</c> and each finished cell in <c>cells/&lt;cell&gt;.json</c> (<see cref="CellJson"/>)
/// before the next cell starts; <see cref="Finish"/> writes the reports and only then removes the marker.
/// Every file is written atomically, so a crash leaves whole files or none.
/// </summary>
public sealed class RunDirectory : ICellSink
{
    /// <summary>The folder of per-cell results under the output directory.</summary>
    public const string CellsFolderName = "cells";

    /// <summary>The marker present while the run has not finished writing its reports.</summary>
    public const string InProgressFileName = "run.incomplete.json";

    private readonly ValuesDirectory _values;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    /// <param name="outputDirectory">The run's output directory; created by <see cref="Start"/>.</param>
    public RunDirectory(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        FullPath = System.IO.Path.GetFullPath(outputDirectory);
        CellsDirectory = System.IO.Path.Combine(FullPath, CellsFolderName);
        _values = new ValuesDirectory(FullPath);
    }

    /// <summary>The output directory, absolute.</summary>
    public string FullPath { get; }

    /// <summary>Where the finished cells are: <c>&lt;out&gt;/cells</c>.</summary>
    public string CellsDirectory { get; }

    /// <summary>How many distinct cells this run has written to <see cref="CellsDirectory"/>.</summary>
    public int CellsWritten => _written.Count;

    /// <summary>The path of <paramref name="key"/>'s result file.</summary>
    public string CellPath(CellKey key) => System.IO.Path.Combine(CellsDirectory, CellJson.FileName(key));

    /// <summary>
    /// Creates the directory and writes the in-progress marker; removes the cell and values files of this plan's cells
    /// left by an earlier run into the same directory, so after this run a cell's files exist only if this run wrote them.
    /// Files of other cells are left alone. Call before the first cell runs: a directory that cannot be written fails
    /// here, not after the run.
    /// </summary>
    /// <exception cref="IOException">The directory or marker cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory is not writable.</exception>
    public void Start(SuitePlan plan, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Start(plan.ToSuiteInfo(), [.. plan.Cells.Select(c => c.Key)], startedAt);
    }

    /// <summary>As <see cref="Start(SuitePlan, DateTimeOffset)"/>, for a suite and its planned cells.</summary>
    public void Start(SuiteInfo suite, IReadOnlyList<CellKey> cells, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(cells);
        Directory.CreateDirectory(FullPath);
        var marker = new RunInProgress(
            RunInProgress.SchemaId,
            RunInProgress.CurrentSchemaVersion,
            suite.Name,
            suite.File,
            suite.Sha256,
            startedAt,
            cells.Count,
            CellsFolderName,
            $"This run has not finished writing its reports: {RunReports.RunFileName} and {RunReports.LeaderboardFileName} here, if any, are not from it. Each cell it finished is in {CellsFolderName}/<cell>.json.");
        AtomicFile.WriteAllText(System.IO.Path.Combine(FullPath, InProgressFileName), JsonSerializer.Serialize(marker, ReportJsonOptions.Default) + "\n");

        _values.RemoveStale(cells);
        if (Directory.Exists(CellsDirectory))
        {
            foreach (var key in cells)
            {
                File.Delete(CellPath(key));
            }
        }
    }

    /// <inheritdoc />
    public void WriteValues(CellKey key, UnitPartition units, IReadOnlyList<double> values) => _values.Write(key, units, values);

    /// <inheritdoc />
    public void WriteResult(CellResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        CellJson.Write(CellPath(result.Key), result);
        _written.Add(result.Key.Id);
    }

    /// <summary>Writes <paramref name="reports"/> all or none (<see cref="ReportWriter"/>), then removes the in-progress marker.</summary>
    /// <returns>The full paths written, in set order.</returns>
    /// <exception cref="ReportStageException">The reports could not be written; the cells stay in <see cref="CellsDirectory"/>.</exception>
    public IReadOnlyList<string> Finish(ReportSet reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        IReadOnlyList<string> written;
        try
        {
            written = ReportWriter.Write(FullPath, reports);
        }
        catch (Exception ex)
        {
            throw new ReportStageException($"writing {string.Join(", ", reports.Files.Select(f => f.FileName))}", ex);
        }

        // The marker goes last: until here a reader must not trust the reports.
        File.Delete(System.IO.Path.Combine(FullPath, InProgressFileName));
        return written;
    }
}
