using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Metrics;
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
        context.ReadEach(suite.Required("models", Example), "models", Example, nonEmpty: true, Read);
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
        var metric = descriptor is null ? null : ReadMetric(entry, descriptor, context.Catalogs.Metrics, reader, node);
        if (reader.ErrorCount == errorsBefore && id is not null && descriptor is not null && metric is not null)
        {
            context.Builder.Models.Add(new ModelPlan(id, descriptor.Id, parameters, metric, reader.At(node)));
        }
    }

    private static string? ReadMetric(MappingView entry, ModelDescriptor descriptor, MetricCatalog catalog, NodeReader reader, YamlNode node)
    {
        var metricNode = entry.Optional("metric");
        var metric = metricNode is null ? descriptor.DefaultMetric : reader.Text(metricNode, entry.Child("metric"));
        if (metric is null)
        {
            return null;
        }

        YamlNode at = metricNode ?? node;
        if (!catalog.TryCreate(metric, out var created, out var problem))
        {
            reader.Error(at, metricNode is null ? $"Model plugin '{descriptor.Id}' names default metric '{metric}', which this host does not know: {problem}" : problem, NameSuggester.Fix(metric, catalog.Names.ToList(), "Metrics"));
            return null;
        }

        if (created.Describe().Predictions == PredictionKind.ClassScores && descriptor.Predictions != PredictionKind.ClassScores)
        {
            reader.Error(at, $"Metric '{metric}' reads class scores, but model plugin '{descriptor.Id}' predicts one score per row.", "Use a score metric such as mse, ndcg@10 or mrr, or a classifier model.");
            return null;
        }

        return metric;
    }
}
