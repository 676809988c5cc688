using SampleImportance.Abstractions;

// Marks this assembly as a plugin; the contract version is compiled in, so the host can refuse a mismatch.
[assembly: SampleImportancePlugin(PluginContract.Version)]
