using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Sources;

/// <summary>Loads a built-in source directly, as the dataset loader does, for tests of what the source returns.</summary>
internal static class SourceLoading
{
    public static SourceRows Load(string source, string path, string? validation = null, string? test = null, int seed = 1, params (string Name, string Value)[] parameters)
    {
        var catalog = DataSourceCatalog.CreateDefault();
        var (resolved, values) = catalog.Resolve(source, new PluginParameters(parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))), new SourceLocation(path));
        return resolved.Load(new DataSourceContext("test", values, new SourceFiles(path, validation, test, null, null), new Random(seed), new SourceLocation(path)));
    }

    public static InputException Refused(string source, string path, params (string Name, string Value)[] parameters) =>
        Assert.Throws<InputException>(() => Load(source, path, parameters: parameters));
}
