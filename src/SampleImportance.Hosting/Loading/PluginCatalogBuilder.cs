using McMaster.NETCore.Plugins;
using SampleImportance.Abstractions;

namespace SampleImportance.Hosting;

/// <summary>Scans, checks and loads every plugin for <see cref="PluginCatalog.Load"/>; one bad plugin never stops the others.</summary>
internal static class PluginCatalogBuilder
{
    public static PluginCatalog Build(PluginHostOptions options)
    {
        var problems = new List<PluginLoadProblem>();
        var directories = PluginDirectories.Resolve(options, problems);
        var estimators = new Dictionary<string, EstimatorComponent>(StringComparer.Ordinal);
        var models = new Dictionary<string, ModelComponent>(StringComparer.Ordinal);
        var plugins = new List<PluginInfo>();
        var loaders = new List<PluginLoader>();

        foreach (var file in PluginFiles.Enumerate(directories, problems))
        {
            var probe = PluginMetadataProbe.Probe(file);
            if (probe.Kind == PluginProbeKind.NotPlugin)
            {
                continue;
            }

            if (probe.Kind == PluginProbeKind.Invalid)
            {
                problems.Add(new PluginLoadProblem(file, probe.Error!, "Replace the file with a complete build of the plugin, or remove it from the plugin directory."));
                continue;
            }

            if (probe.ContractVersion != PluginContract.Version)
            {
                problems.Add(new PluginLoadProblem(
                    file,
                    $"The plugin was built against plugin contract {probe.ContractVersion}, but this host implements contract {PluginContract.Version}; it was not loaded.",
                    $"Rebuild the plugin against SampleImportance.Abstractions with contract {PluginContract.Version}."));
                continue;
            }

            string sha256;
            try
            {
                sha256 = FileHash.Sha256(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new PluginLoadProblem(file, $"The file could not be read: {ex.Message}", null));
                continue;
            }

            if (PluginAssemblyLoader.Load(file, problems) is not { } loaded)
            {
                continue;
            }

            loaders.Add(loaded.Loader);
            plugins.Add(new PluginInfo(
                loaded.AssemblyName,
                loaded.Version,
                file,
                sha256,
                probe.ContractVersion,
                Register(loaded.Estimators, estimators, "estimator", problems),
                Register(loaded.Models, models, "model", problems)));
        }

        return new PluginCatalog(directories, plugins, estimators, models, loaders, problems);
    }

    /// <summary>Adds components whose id is still free; a taken id is a problem naming both files, and the later one is skipped.</summary>
    private static string[] Register<T>(IEnumerable<T> components, Dictionary<string, T> registry, string kind, ICollection<PluginLoadProblem> problems)
        where T : PluginComponent
    {
        var registered = new List<string>();
        foreach (var component in components)
        {
            if (registry.TryGetValue(component.Id, out var first))
            {
                problems.Add(new PluginLoadProblem(
                    component.File,
                    $"The {kind} id '{component.Id}' of type {component.TypeName} is already provided by type {first.TypeName} in {first.File}; this one was skipped.",
                    $"Remove one of the two plugins, or give one {kind} another Id."));
                continue;
            }

            registry.Add(component.Id, component);
            registered.Add(component.Id);
        }

        registered.Sort(StringComparer.Ordinal);
        return [.. registered];
    }
}
