using System.Text;

namespace SampleImportance.Reporting;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never half of it: the text goes to
/// <c>&lt;path&gt;.tmp-&lt;guid&gt;</c> in the same directory (same volume, so the final rename is atomic),
/// is flushed to disk, and is then moved over <c>path</c>.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Atomically replaces (or creates) <paramref name="path"/> with UTF-8 text (no BOM); creates the parent directory if missing.</summary>
    public static void WriteAllText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        Write(path, stream => WriteText(stream, contents));
    }

    /// <summary>Atomically replaces (or creates) <paramref name="path"/> with what <paramref name="write"/> writes to
    /// the stream it is given (so large files need not be built in memory first); creates the parent directory if missing.</summary>
    internal static void Write(string path, Action<Stream> write)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath);
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temp = WriteTemp(fullPath, write);
        try
        {
            File.Move(temp, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>The temporary name used for <paramref name="path"/>: same directory, so the move is a rename.</summary>
    internal static string TempPathFor(string path) =>
        path + ".tmp-" + Guid.NewGuid().ToString("N");

    /// <summary>Writes and flushes <paramref name="contents"/> to a fresh temp file next to <paramref name="fullPath"/>; returns its path. Deletes it on failure.</summary>
    internal static string WriteTemp(string fullPath, string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        return WriteTemp(fullPath, stream => WriteText(stream, contents));
    }

    private static string WriteTemp(string fullPath, Action<Stream> write)
    {
        var temp = TempPathFor(fullPath);
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            write(stream);
            // Without flushing to disk a crash after the rename could leave an empty file under the final name.
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        return temp;
    }

    private static void WriteText(Stream stream, string contents)
    {
        var bytes = Utf8NoBom.GetBytes(contents);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Best-effort cleanup; the original failure is the one worth reporting.</summary>
    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
