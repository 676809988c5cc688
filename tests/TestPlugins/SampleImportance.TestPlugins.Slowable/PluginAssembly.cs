using SampleImportance.Abstractions;

[assembly: SampleImportancePlugin(PluginContract.Version)]
