namespace SampleImportance.Data.Tests.Support;

/// <summary>
/// <c>../shared/datasets</c> beside the repository root (its README: LETOR and Criteo may not be copied into the
/// project, so tests read every real sample from there).
/// </summary>
internal static class SharedDatasets
{
    public static string Root { get; } = Find();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "SampleImportance.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "datasets"));
            }
        }

        throw new InvalidOperationException($"No SampleImportance.sln above {AppContext.BaseDirectory}.");
    }
}
