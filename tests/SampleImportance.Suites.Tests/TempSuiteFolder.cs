namespace SampleImportance.Suites.Tests;

/// <summary>A fresh folder for suite files and CSVs, deleted on dispose.</summary>
internal sealed class TempSuiteFolder : IDisposable
{
    public TempSuiteFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "si-suites-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file (creating folders) and returns its absolute path.</summary>
    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
