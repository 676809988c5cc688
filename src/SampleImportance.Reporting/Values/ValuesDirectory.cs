using SampleImportance.Abstractions;
using SampleImportance.Suites;

namespace SampleImportance.Reporting.Values;

/// <summary>
/// Writes each cell's values to <c>&lt;out&gt;/values/&lt;cell&gt;.csv</c> (<see cref="CellKey.FileStem"/>: the cell id
/// with <c>/</c> as <c>__</c>) in <see cref="ValuesCsv"/> format, the moment the runner hands them over, so they are on
/// disk before the next cell starts.
/// </summary>
public sealed class ValuesDirectory
{
    /// <summary>The folder name under the run's output directory.</summary>
    public const string FolderName = "values";

    private readonly string _outputDirectory;

    /// <param name="outputDirectory">The run's output directory (<c>--out</c>).</param>
    public ValuesDirectory(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        _outputDirectory = Path.GetFullPath(outputDirectory);
    }

    /// <summary>Where the values of <paramref name="key"/> go under <paramref name="outputDirectory"/>.</summary>
    public static string PathOf(string outputDirectory, CellKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Path.Combine(Path.GetFullPath(outputDirectory), FolderName, key.FileStem + ".csv");
    }

    /// <summary>
    /// Deletes the values files these cells would write, left by an earlier run into the same directory, so after this
    /// run a cell's file exists only if this run computed it (a cell that fails now must not show old values).
    /// Files of other cells are left alone.
    /// </summary>
    public void RemoveStale(IEnumerable<CellKey> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (!Directory.Exists(Path.Combine(_outputDirectory, FolderName)))
        {
            return;
        }

        foreach (var key in cells)
        {
            File.Delete(PathOf(_outputDirectory, key));
        }
    }

    /// <summary>Writes the values of <paramref name="key"/> (see <see cref="ValuesCsv"/>).</summary>
    public void Write(CellKey key, UnitPartition units, IReadOnlyList<double> values) =>
        ValuesCsv.Write(PathOf(_outputDirectory, key), units, values);
}
