using McMaster.NETCore.Plugins;

namespace SampleImportance.Hosting;

/// <summary>A plugin assembly loaded into its own context, with the components that described themselves.</summary>
/// <param name="Loader">Owns the plugin's load context.</param>
/// <param name="AssemblyName">Simple assembly name.</param>
/// <param name="Version">Informational version, else assembly version.</param>
/// <param name="Estimators">Usable estimator types, by type name.</param>
/// <param name="Models">Usable model factories, by type name.</param>
internal sealed record LoadedPlugin(
    PluginLoader Loader,
    string AssemblyName,
    string Version,
    IReadOnlyList<EstimatorComponent> Estimators,
    IReadOnlyList<ModelComponent> Models);
