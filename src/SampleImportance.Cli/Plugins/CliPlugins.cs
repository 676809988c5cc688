using SampleImportance.Hosting;
using SampleImportance.Validation;

namespace SampleImportance.Cli.Plugins;

/// <summary>Loads the plugin catalog for a command and reports load problems as warnings (other plugins still load).</summary>
internal static class CliPlugins
{
    public static PluginCatalog Load(IEnumerable<string> extraDirectories)
    {
        var catalog = PluginCatalog.Load(new PluginHostOptions { AdditionalDirectories = [.. extraDirectories] });
        PrintWarnings(catalog);

        return catalog;
    }

    /// <summary>
    /// The plugins of a timing reference: only <paramref name="directory"/> (no built-in folder, no environment), so the
    /// reference is exactly the build the user pointed at. Null with a problem when the folder is missing or holds no
    /// estimator: a reference that silently compares nothing would let every timing gate pass.
    /// </summary>
    public static PluginCatalog? LoadReference(string directory, out ValidationError? problem)
    {
        problem = null;
        var where = new SourceLocation($"--timing-reference {directory}");
        if (!Directory.Exists(directory))
        {
            problem = new ValidationError($"the timing reference directory '{directory}' does not exist.", where, "pass the plugin folder of the reference build, e.g. the base branch's bin/Release/net10.0 (or its tool's plugins folder).");
            return null;
        }

        var catalog = PluginCatalog.Load(new PluginHostOptions { BuiltInDirectory = null, AdditionalDirectories = [directory], EnvironmentVariable = null });
        PrintWarnings(catalog);

        if (catalog.Estimators.Count == 0)
        {
            catalog.Dispose();
            problem = new ValidationError($"the timing reference directory '{directory}' holds no estimator plugin.", where, "point it at the folder holding the reference build's estimator DLL.");
            return null;
        }

        return catalog;
    }

    // Other plugins still load: each bad one is a warning, not an error.
    private static void PrintWarnings(PluginCatalog catalog)
    {
        foreach (var problem in catalog.Problems)
        {
            var fix = problem.Fix is null ? string.Empty : " Fix: " + problem.Fix;
            Console.Error.WriteLine($"{problem.File}: warning: {problem.Message}{fix}");
        }
    }
}
