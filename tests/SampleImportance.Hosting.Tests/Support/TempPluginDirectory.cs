namespace SampleImportance.Hosting.Tests;

/// <summary>A scratch directory, optionally seeded with copies of dummy plugin folders; deleted on dispose.</summary>
internal sealed class TempPluginDirectory : IDisposable
{
    public TempPluginDirectory(params string[] plugins)
    {
        Path = Directory.CreateTempSubdirectory("si-hosting-tests-").FullName;
        foreach (var plugin in plugins)
        {
            CopyFolder(TestPluginFolders.Folder(plugin), plugin);
        }
    }

    public string Path { get; }

    /// <summary>Copies the files of <paramref name="source"/> (not its subfolders) into a new subfolder <paramref name="name"/>; returns its path.</summary>
    public string CopyFolder(string source, string name)
    {
        var target = Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    /// <summary>Writes <paramref name="bytes"/> to a file under the directory and returns its path.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Loaded plugin files stay locked on Windows until the process exits; the OS cleans temp.
        }
    }
}
