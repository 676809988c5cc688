namespace SampleImportance.Hosting;

/// <summary>An estimator or model type found in a plugin assembly.</summary>
/// <param name="Id">The id it reports.</param>
/// <param name="File">Absolute path of the plugin DLL.</param>
/// <param name="TypeName">Full name of the implementing type.</param>
internal abstract record PluginComponent(string Id, string File, string TypeName);
