using SampleImportance.Hosting;

namespace SampleImportance.Cli.Plugins;

/// <summary>Loads the plugin catalog for a command and reports load problems as warnings (other plugins still load).</summary>
internal static class CliPlugins
{
    public static PluginCatalog Load(IEnumerable<string> extraDirectories)
    {
        var catalog = PluginCatalog.Load(new PluginHostOptions { AdditionalDirectories = [.. extraDirectories] });
        foreach (var problem in catalog.Problems)
        {
            var fix = problem.Fix is null ? string.Empty : " Fix: " + problem.Fix;
            Console.Error.WriteLine($"{problem.File}: warning: {problem.Message}{fix}");
        }

        return catalog;
    }
}
