using SampleImportance.Abstractions;

// Deliberately not PluginContract.Version: the host must refuse this plugin.
[assembly: SampleImportancePlugin(99)]
