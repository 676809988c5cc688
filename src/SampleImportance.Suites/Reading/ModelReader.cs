using SampleImportance.Abstractions;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation.Parameters;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads <c>models:</c> into <see cref="ModelPlan"/>s.</summary>
internal static class ModelReader
{
    private static readonly string[] Keys = ["id", "plugin", "params", "metric"];

    public static void ReadAll(MappingView suite, SuiteReadContext context)
    {
        const string Example = "[{ id: knn, plugin: knn }]";
        var node = suite.Required("models", Example);
        var items = node is null ? null : context.Reader.Sequence(node, "models", Example, nonEmpty: true);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            Read(items![i], $"models[{i}]", context);
        }
    }

    private static void Read(YamlNode node, string path, SuiteReadContext context)
    {
        var reader = context.Reader;
        var errorsBefore = reader.ErrorCount;
        var entry = reader.Mapping(node, path, Keys, "{ id: knn, plugin: knn, params: { k: 5 } }");
        if (entry is null)
        {
            return;
        }

        var id = IdReader.ReadUnique(entry, reader, context.Builder.ModelIds, "model", "knn");
        var descriptor = PluginReader.Read(entry, reader, context.Catalog.Models, d => d.Id, "model", "knn");
        var parameters = ParamsReader.Read(entry, descriptor?.Parameters, $"model plugin '{descriptor?.Id}'", context);
        var metric = descriptor is null ? null : ReadMetric(entry, descriptor, reader, node);
        if (reader.ErrorCount == errorsBefore && id is not null && descriptor is not null && metric is not null)
        {
            context.Builder.Models.Add(new ModelPlan(id, descriptor.Id, parameters, metric, reader.At(node)));
        }
    }

    private static string? ReadMetric(MappingView entry, ModelDescriptor descriptor, NodeReader reader, YamlNode node)
    {
        var metricNode = entry.Optional("metric");
        if (metricNode is null)
        {
            if (descriptor.Metrics.Count == 0)
            {
                reader.Error(node, $"Model plugin '{descriptor.Id}' declares no metrics, so '{entry.Path}' has no utility to score.", "Use another model plugin, or fix the plugin's descriptor.");
                return null;
            }

            return descriptor.Metrics[0];
        }

        var metric = reader.Text(metricNode, entry.Child("metric"));
        if (metric is null)
        {
            return null;
        }

        if (!descriptor.Metrics.Contains(metric, StringComparer.Ordinal))
        {
            reader.Error(metricNode, $"Model plugin '{descriptor.Id}' has no metric '{metric}'.", NameSuggester.Fix(metric, descriptor.Metrics.ToList(), "Its metrics"));
            return null;
        }

        return metric;
    }
}
