namespace SampleImportance.Benchmarks.Peer;

/// <summary>Finds the repository root (the folder holding SampleImportance.sln) by walking up from a start folder.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "SampleImportance.sln";

    /// <summary>The root above the working directory or, failing that, above this assembly (BenchmarkDotNet runs
    /// each case from a generated folder under bin/, which is still inside the repository).</summary>
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFile} above '{Environment.CurrentDirectory}' or '{AppContext.BaseDirectory}': run the benchmarks from a clone of the repository.");
    }
}
