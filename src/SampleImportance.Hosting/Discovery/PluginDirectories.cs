namespace SampleImportance.Hosting;

/// <summary>Turns <see cref="PluginHostOptions"/> into the absolute directories to scan, in search order.</summary>
internal static class PluginDirectories
{
    /// <summary>Absolute, de-duplicated directories; a configured directory that does not exist becomes a problem.</summary>
    public static IReadOnlyList<string> Resolve(PluginHostOptions options, ICollection<PluginLoadProblem> problems)
    {
        var baseDirectory = options.WorkingDirectory is null
            ? Directory.GetCurrentDirectory()
            : Path.GetFullPath(options.WorkingDirectory);
        var result = new List<string>();
        var seen = new HashSet<string>(PluginFiles.PathComparer);

        void Add(string? directory, string source)
        {
            if (string.IsNullOrWhiteSpace(directory))
            {
                return;
            }

            var absolute = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory.Trim(), baseDirectory));
            if (!seen.Add(absolute))
            {
                return;
            }

            if (!Directory.Exists(absolute))
            {
                problems.Add(new PluginLoadProblem(absolute, $"Plugin directory (from {source}) does not exist.", "Create it or correct the path."));
                return;
            }

            result.Add(absolute);
        }

        Add(options.BuiltInDirectory, "the built-in plugin location");
        foreach (var directory in options.AdditionalDirectories)
        {
            Add(directory, "--plugins");
        }

        if (options.EnvironmentVariable is { Length: > 0 } variable)
        {
            var value = options.GetEnvironmentVariable(variable);
            foreach (var directory in (value ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(directory, variable);
            }
        }

        return result;
    }
}
