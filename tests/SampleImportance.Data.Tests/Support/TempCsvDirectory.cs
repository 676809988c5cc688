namespace SampleImportance.Data.Tests.Support;

/// <summary>A private temp folder for CSV files written by a test; deleted on dispose.</summary>
internal sealed class TempCsvDirectory : IDisposable
{
    public TempCsvDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "si-data-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> exactly (no newline translation) and returns the file's path.</summary>
    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
