namespace SampleImportance.Reporting;

/// <summary>
/// The files one command writes together (run.json, leaderboard.md, regression.json, ...), collected first so
/// <see cref="ReportWriter"/> can write them all or none.
/// </summary>
public sealed class ReportSet
{
    private readonly List<ReportFile> files = [];

    /// <summary>The files in the order they were added.</summary>
    public IReadOnlyList<ReportFile> Files => files;

    /// <summary>Adds a file. Names are plain file names, unique ignoring case (so the set behaves alike on every file system).</summary>
    /// <exception cref="ArgumentException">The name is empty, has a directory part or invalid characters, or is already in the set.</exception>
    public ReportSet Add(string fileName, string contents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(contents);
        if (fileName is "." or ".." || Path.GetFileName(fileName) != fileName
            || fileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || fileName.Contains('/', StringComparison.Ordinal)
            || fileName.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{fileName}' is not a plain file name; report files are written directly into the output directory.", nameof(fileName));
        }

        if (files.Exists(f => string.Equals(f.FileName, fileName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"The report set already has a file named '{fileName}'.", nameof(fileName));
        }

        files.Add(new ReportFile(fileName, contents));
        return this;
    }
}
