using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Benchmarks.CsvInput;

/// <summary>Loads a file through the data source catalog, as <c>score</c> does.</summary>
internal static class SourceLoading
{
    /// <summary>The training rows of the <c>npy</c> source for <paramref name="path"/>.</summary>
    public static SampleSet Npy(string path)
    {
        var catalog = DataSourceCatalog.CreateDefault();
        var (source, parameters) = catalog.Resolve(NpySource.Name, PluginParameters.Empty, new SourceLocation(path));
        return source.Load(new DataSourceContext("bench", parameters, new SourceFiles(path, null, null, null, null), new Random(1), new SourceLocation(path))).Rows;
    }
}
