namespace SampleImportance.Hosting;

/// <summary>Provenance of one loaded plugin assembly.</summary>
/// <param name="AssemblyName">Simple assembly name.</param>
/// <param name="Version">Informational or assembly version.</param>
/// <param name="Path">Absolute path of the DLL.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the DLL's bytes.</param>
/// <param name="ContractVersion">Contract version the plugin was compiled against.</param>
/// <param name="Estimators">Ids of the estimators it provides.</param>
/// <param name="Models">Ids of the models it provides.</param>
public sealed record PluginInfo(
    string AssemblyName,
    string Version,
    string Path,
    string Sha256,
    int ContractVersion,
    IReadOnlyList<string> Estimators,
    IReadOnlyList<string> Models);
