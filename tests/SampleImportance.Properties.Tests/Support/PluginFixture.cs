using SampleImportance.Hosting;

namespace SampleImportance.Properties.Tests.Support;

/// <summary>
/// The plugins generated suites may name, loaded once from disk as the CLI loads them: the built-in estimators and
/// models (copied to builtinplugins/ by the .csproj) and the dummy Valid plugin (test-constant, test-mean), whose
/// all-equal values and constant predictions are edge cases of their own.
/// </summary>
public sealed class PluginFixture : IDisposable
{
    public PluginFixture()
    {
        var options = new PluginHostOptions { BuiltInDirectory = null, EnvironmentVariable = null };
        options.AdditionalDirectories.Add(Path.Combine(AppContext.BaseDirectory, "builtinplugins"));
        options.AdditionalDirectories.Add(Path.Combine(AppContext.BaseDirectory, "testplugins", "SampleImportance.TestPlugins.Valid"));
        Catalog = PluginCatalog.Load(options);
    }

    public PluginCatalog Catalog { get; }

    public void Dispose() => Catalog.Dispose();
}
