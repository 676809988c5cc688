namespace SampleImportance.Reporting;

/// <summary>
/// Writes a <see cref="ReportSet"/> into an output directory all-or-nothing as far as a file system allows:
/// every file is first written to a temp file beside its target; only when all temps exist are they moved
/// into place. If any temp fails, the temps are deleted and no target is touched. The directory is created
/// only at that moment (and removed again if it was new and the write failed), so a failed run leaves no
/// empty output folder behind.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes every file of <paramref name="reports"/> into <paramref name="outputDirectory"/>; returns the full paths written, in set order.</summary>
    public static IReadOnlyList<string> Write(string outputDirectory, ReportSet reports)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(reports);

        var directory = Path.GetFullPath(outputDirectory);
        var targets = reports.Files.Select(f => Path.Combine(directory, f.FileName)).ToList();
        if (targets.Count == 0)
        {
            return targets;
        }

        var createdDirectory = !Directory.Exists(directory);
        Directory.CreateDirectory(directory);

        var temps = new List<string>(targets.Count);
        try
        {
            for (var i = 0; i < targets.Count; i++)
            {
                temps.Add(AtomicFile.WriteTemp(targets[i], reports.Files[i].Contents));
            }
        }
        catch
        {
            temps.ForEach(AtomicFile.TryDelete);
            if (createdDirectory)
            {
                TryDeleteEmptyDirectory(directory);
            }

            throw;
        }

        // Renames within one directory rarely fail once the temps exist; if one does, the remaining temps are
        // cleaned up so nothing but complete files is ever left under a report name.
        var moved = 0;
        try
        {
            for (; moved < targets.Count; moved++)
            {
                File.Move(temps[moved], targets[moved], overwrite: true);
            }
        }
        catch
        {
            temps.Skip(moved).ToList().ForEach(AtomicFile.TryDelete);
            throw;
        }

        return targets;
    }

    /// <summary>Same as <see cref="Write"/> for files given as name → contents pairs, written in enumeration order.</summary>
    /// <exception cref="ArgumentException">A name is not a plain file name, or two names differ only by case.</exception>
    public static IReadOnlyList<string> WriteAll(string outputDirectory, IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var set = new ReportSet();
        foreach (var (name, contents) in files)
        {
            set.Add(name, contents);
        }

        return Write(outputDirectory, set);
    }

    private static void TryDeleteEmptyDirectory(string directory)
    {
        try
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
