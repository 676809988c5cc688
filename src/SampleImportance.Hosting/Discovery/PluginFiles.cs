namespace SampleImportance.Hosting;

/// <summary>Lists the candidate DLLs under the plugin directories.</summary>
internal static class PluginFiles
{
    /// <summary>How paths compare: file systems on Windows ignore case.</summary>
    public static StringComparer PathComparer { get; } = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>
    /// Every <c>*.dll</c> under each directory, recursively: directory by directory in the given order,
    /// sorted by path within a directory (ordinal, so the order is the same on every machine). A DLL
    /// reached twice (a directory listed twice, or nested in another) appears once, at its first place.
    /// </summary>
    public static IReadOnlyList<string> Enumerate(IEnumerable<string> directories, ICollection<PluginLoadProblem> problems)
    {
        var seen = new HashSet<string>(PathComparer);
        var result = new List<string>();
        foreach (var directory in directories)
        {
            string[] files;
            try
            {
                files = Directory.EnumerateFiles(directory, "*.dll", Recursive)
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal)
                    .ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new PluginLoadProblem(directory, $"The plugin directory could not be listed: {ex.Message}", null));
                continue;
            }

            result.AddRange(files.Where(seen.Add));
        }

        return result;
    }
}
