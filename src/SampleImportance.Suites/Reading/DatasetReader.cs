using SampleImportance.Abstractions;
using SampleImportance.Data;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation.Parameters;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads <c>datasets:</c> into <see cref="DatasetPlan"/>s.</summary>
internal static class DatasetReader
{
    private static readonly string[] Keys = ["id", "source", "params", "path", "validation", "test", "label", "group", "split", "corruption"];
    private static readonly string[] CsvOnlyKeys = ["path", "validation", "test", "label", "group"];

    public static void ReadAll(MappingView suite, SuiteReadContext context)
    {
        const string Example = "[{ id: clicks, source: synthetic/ecommerce-search }]";
        var node = suite.Required("datasets", Example);
        var items = node is null ? null : context.Reader.Sequence(node, "datasets", Example, nonEmpty: true);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            Read(items![i], $"datasets[{i}]", context);
        }
    }

    private static void Read(YamlNode node, string path, SuiteReadContext context)
    {
        var reader = context.Reader;
        var errorsBefore = reader.ErrorCount;
        var entry = reader.Mapping(node, path, Keys, "{ id: clicks, source: synthetic/ecommerce-search }");
        if (entry is null)
        {
            return;
        }

        var id = IdReader.ReadUnique(entry, reader, context.Builder.DatasetIds, "dataset", "clicks");
        if (id is not null && entry.Has("corruption"))
        {
            context.Builder.CorruptedDatasetIds.Add(id);
        }

        var source = ReadSource(entry, reader);
        IReadOnlyList<ParameterDescriptor>? descriptors = null;
        if (source is not null)
        {
            DataSourceCatalog.TryGetParameters(source, out var found);
            descriptors = found;
        }

        var parameters = ParamsReader.Read(entry, descriptors, $"source '{source}'", context);
        var request = new DatasetRequest(id ?? string.Empty, source ?? string.Empty, parameters);
        if (source == DataSourceCatalog.Csv)
        {
            request = CsvReader.Read(entry, request, context);
        }
        else if (source is not null)
        {
            foreach (var key in CsvOnlyKeys.Where(entry.Has))
            {
                reader.Error(entry.KeyNode(key)!, $"'{entry.Child(key)}' applies only to csv datasets.", $"Remove it, or set source: {DataSourceCatalog.Csv}.");
            }
        }

        request = DatasetOptionsReader.ReadSplit(entry, request, context);
        request = DatasetOptionsReader.ReadCorruption(entry, request, context);

        if (reader.ErrorCount == errorsBefore && id is not null && source is not null)
        {
            context.Builder.Datasets.Add(new DatasetPlan(id, request, reader.At(node)));
        }
    }

    private static string? ReadSource(MappingView entry, NodeReader reader)
    {
        var node = entry.Required("source", DataSourceCatalog.EcommerceSearch);
        var source = node is null ? null : reader.Text(node, entry.Child("source"));
        if (node is null || source is null)
        {
            return null;
        }

        if (!DataSourceCatalog.Sources.Contains(source, StringComparer.Ordinal))
        {
            reader.Error(node, $"Unknown dataset source '{source}'.", NameSuggester.Fix(source, DataSourceCatalog.Sources.ToList(), "Sources"));
            return null;
        }

        return source;
    }
}
