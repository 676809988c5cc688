namespace SampleImportance.Hosting;

/// <summary>What reading a DLL's metadata (without loading it) found.</summary>
/// <param name="Kind">Plugin, some other file, or unreadable.</param>
/// <param name="ContractVersion">The contract version in the plugin's marker attribute; 0 unless <see cref="PluginProbeKind.Plugin"/>.</param>
/// <param name="Error">Why the file is invalid; null unless <see cref="PluginProbeKind.Invalid"/>.</param>
internal readonly record struct PluginProbe(PluginProbeKind Kind, int ContractVersion = 0, string? Error = null);
