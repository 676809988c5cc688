using SampleImportance.Data;
using SampleImportance.Data.Sources;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation.Parameters;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads <c>datasets:</c> into <see cref="DatasetPlan"/>s; sources, their parameters and whether they read files
/// come from the <see cref="DataSourceCatalog"/>.</summary>
internal static class DatasetReader
{
    private static readonly string[] Keys = ["id", "source", "params", "path", "validation", "test", "label", "group", "split", "corruption", "standardize"];
    private static readonly string[] FileKeys = ["path", "validation", "test", "label", "group"];

    public static void ReadAll(MappingView suite, SuiteReadContext context)
    {
        var example = "[" + EntryExample(context) + "]";
        context.ReadEach(suite.Required("datasets", example), "datasets", example, nonEmpty: true, Read);
    }

    private static void Read(YamlNode node, string path, SuiteReadContext context)
    {
        var reader = context.Reader;
        var errorsBefore = reader.ErrorCount;
        var entry = reader.Mapping(node, path, Keys, EntryExample(context));
        if (entry is null)
        {
            return;
        }

        var id = IdReader.ReadUnique(entry, reader, context.Builder.DatasetIds, "dataset", "clicks");
        if (id is not null && entry.Has("corruption"))
        {
            context.Builder.CorruptedDatasetIds.Add(id);
        }

        var source = ReadSource(entry, context);
        var parameters = ParamsReader.Read(entry, source?.Parameters, $"source '{source?.Name}'", context);
        var request = new DatasetRequest(id ?? string.Empty, source?.Name ?? string.Empty, parameters);
        if (source is { ReadsFiles: true })
        {
            request = CsvReader.Read(entry, request, source, context);
        }
        else if (source is not null)
        {
            var fileSources = context.Catalogs.Sources.Descriptors.Where(d => d.ReadsFiles).Select(d => d.Name).ToList();
            foreach (var key in FileKeys.Where(entry.Has))
            {
                reader.Error(
                    entry.KeyNode(key)!,
                    fileSources.Count == 0 ? $"'{entry.Child(key)}' applies only to datasets read from files." : $"'{entry.Child(key)}' applies only to {string.Join(" or ", fileSources)} datasets.",
                    fileSources.Count == 0 ? "Remove it." : $"Remove it, or set source: {fileSources[0]}.");
            }
        }

        request = DatasetOptionsReader.ReadSplit(entry, request, context);
        request = DatasetOptionsReader.ReadStandardize(entry, request, context);
        request = DatasetOptionsReader.ReadCorruption(entry, request, source, context);

        if (reader.ErrorCount == errorsBefore && id is not null && source is not null)
        {
            context.Builder.Datasets.Add(new DatasetPlan(id, request, reader.At(node)));
        }
    }

    /// <summary>An example entry naming the first registered source.</summary>
    private static string EntryExample(SuiteReadContext context) =>
        $"{{ id: data, source: {context.Catalogs.Sources.Names.FirstOrDefault() ?? "name"} }}";

    private static DataSourceDescriptor? ReadSource(MappingView entry, SuiteReadContext context)
    {
        var reader = context.Reader;
        var sources = context.Catalogs.Sources;
        var node = entry.Required("source", sources.Names.FirstOrDefault() ?? "name");
        var name = node is null ? null : reader.Text(node, entry.Child("source"));
        if (node is null || name is null)
        {
            return null;
        }

        var source = sources.Describe(name);
        if (source is null)
        {
            reader.Error(node, $"Unknown dataset source '{name}'.", NameSuggester.Fix(name, sources.Names, "Sources"));
        }

        return source;
    }
}
