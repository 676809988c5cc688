namespace SampleImportance.Hosting;

/// <summary>
/// Where <see cref="PluginCatalog.Load"/> looks for plugins. Directories are searched in this order:
/// <see cref="BuiltInDirectory"/>, then <see cref="AdditionalDirectories"/>, then the directories in
/// <see cref="EnvironmentVariable"/>; when two plugins claim the same id, the one found first wins.
/// </summary>
public sealed class PluginHostOptions
{
    /// <summary>The default name of the environment variable holding extra plugin directories.</summary>
    public const string DefaultEnvironmentVariable = "SAMPLEIMPORTANCE_PLUGIN_PATH";

    /// <summary>
    /// Directory of the plugins shipped with the tool. Default: <c>plugins</c> under
    /// <see cref="AppContext.BaseDirectory"/>. Null searches no built-in directory.
    /// </summary>
    public string? BuiltInDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>Extra directories, one per <c>--plugins DIR</c>, searched in order. Default: empty.</summary>
    public IList<string> AdditionalDirectories { get; set; } = [];

    /// <summary>
    /// Environment variable holding more directories separated by <see cref="Path.PathSeparator"/>.
    /// Default: <see cref="DefaultEnvironmentVariable"/>. Null ignores the environment.
    /// </summary>
    public string? EnvironmentVariable { get; set; } = DefaultEnvironmentVariable;

    /// <summary>
    /// Reads an environment variable; replaceable so tests need not change the process environment.
    /// Default: <see cref="Environment.GetEnvironmentVariable(string)"/>.
    /// </summary>
    public Func<string, string?> GetEnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>Directory that relative directories resolve against. Default: null, meaning the current directory.</summary>
    public string? WorkingDirectory { get; set; }
}
