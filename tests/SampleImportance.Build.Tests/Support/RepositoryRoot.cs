namespace SampleImportance.Build.Tests.Support;

/// <summary>The repository checkout these tests run from, found by walking up to SampleImportance.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SampleImportance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SampleImportance.sln above {AppContext.BaseDirectory}.");
    }
}
