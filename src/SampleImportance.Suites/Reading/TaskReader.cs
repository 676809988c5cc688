using System.Globalization;
using SampleImportance.Evaluation;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation.Parameters;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads <c>tasks:</c>, e.g. <c>[noisy-detection, { removal: { fractions: [0.1, 0.2], order: lowest-first } }]</c>.</summary>
internal static class TaskReader
{
    public const string NoisyDetection = "noisy-detection";
    public const string Removal = "removal";

    private static readonly string[] Names = [NoisyDetection, Removal];
    private static readonly string[] RemovalKeys = ["fractions", "order"];
    private static readonly string[] Orders = ["lowest-first", "highest-first"];

    public static void Read(MappingView suite, SuiteReadContext context)
    {
        const string Example = "[noisy-detection, { removal: { fractions: [0.1, 0.2, 0.3] } }]";
        var reader = context.Reader;
        var node = suite.Optional("tasks");
        var items = node is null ? null : reader.Sequence(node, "tasks", Example, nonEmpty: false);
        YamlNode? noisyNode = null;
        YamlNode? removalNode = null;
        RemovalTaskPlan? removal = null;
        foreach (var item in items ?? [])
        {
            var (name, nameNode, options) = Split(item, reader);
            if (name is null || nameNode is null)
            {
                continue;
            }

            if (!Names.Contains(name, StringComparer.Ordinal))
            {
                reader.Error(nameNode, $"Unknown task '{name}'.", NameSuggester.Fix(name, Names, "Tasks"));
                continue;
            }

            if ((name == NoisyDetection ? noisyNode : removalNode) is { } first)
            {
                reader.Error(nameNode, $"Task '{name}' is listed twice (first at line {first.Start.Line}).", "List each task once.");
                continue;
            }

            context.Builder.ListedTasks.Add(name);
            if (name == NoisyDetection)
            {
                noisyNode = nameNode;
                if (options is not null)
                {
                    reader.Error(options, $"Task '{NoisyDetection}' takes no options.", $"Write it as a plain item: - {NoisyDetection}");
                }
            }
            else
            {
                removalNode = nameNode;
                removal = ReadRemoval(options, reader);
            }
        }

        context.Builder.Tasks = new TaskPlan(noisyNode is not null, removal);
        if (noisyNode is not null && context.Builder.CorruptedDatasetIds.Count == 0)
        {
            reader.Warning(noisyNode, $"Task '{NoisyDetection}' needs a corrupted dataset, and no dataset has a corruption, so it will measure nothing.", "Add corruption: { kind: fake-clicks, rate: 0.1 } to a dataset.");
        }
    }

    /// <summary>A task item is either a name or a one-key mapping from the name to its options.</summary>
    private static (string? Name, YamlNode? NameNode, YamlNode? Options) Split(YamlNode item, NodeReader reader)
    {
        if (item is YamlScalarNode)
        {
            return (reader.Text(item, "tasks[]"), item, null);
        }

        if (item is YamlMappingNode { Children.Count: 1 } mapping && mapping.Children[0].Key is YamlScalarNode key)
        {
            var value = mapping.Children[0].Value;
            return (reader.Text(key, "tasks[]"), key, NodeReader.IsNull(value) ? null : value);
        }

        reader.Error(item, "Each item of 'tasks' is a task name, or one task name with its options.", "Write e.g. - noisy-detection or - { removal: { fractions: [0.1, 0.2] } }");
        return (null, null, null);
    }

    private static RemovalTaskPlan? ReadRemoval(YamlNode? options, NodeReader reader)
    {
        if (options is null)
        {
            return new RemovalTaskPlan(RemovalTaskPlan.DefaultFractions, RemovalOrder.LowestFirst);
        }

        var errorsBefore = reader.ErrorCount;
        var mapping = reader.Mapping(options, "tasks.removal", RemovalKeys, "{ fractions: [0.1, 0.2, 0.3], order: lowest-first }");
        if (mapping is null)
        {
            return null;
        }

        var fractions = mapping.Optional("fractions") is { } fractionsNode ? ReadFractions(fractionsNode, reader) : RemovalTaskPlan.DefaultFractions;
        var order = RemovalOrder.LowestFirst;
        if (mapping.Optional("order") is { } orderNode && reader.Text(orderNode, "tasks.removal.order") is { } text)
        {
            switch (text)
            {
                case "lowest-first":
                    break;
                case "highest-first":
                    order = RemovalOrder.HighestFirst;
                    break;
                default:
                    reader.Error(orderNode, $"Unknown removal order '{text}'.", NameSuggester.Fix(text, Orders, "Orders"));
                    break;
            }
        }

        return reader.ErrorCount == errorsBefore ? new RemovalTaskPlan(fractions, order) : null;
    }

    private static IReadOnlyList<double> ReadFractions(YamlNode node, NodeReader reader)
    {
        var fractions = new List<double>();
        foreach (var item in reader.Sequence(node, "tasks.removal.fractions", "[0.1, 0.2, 0.3]", nonEmpty: true) ?? [])
        {
            if (reader.Number(item, "tasks.removal.fractions[]") is not { } value)
            {
                continue;
            }

            if (value is not (> 0 and < 1))
            {
                reader.Error(item, $"Removal fraction {value.ToString(CultureInfo.InvariantCulture)} must be between 0 and 1 (exclusive).", "Write fractions of training rows, e.g. 0.1.");
            }
            else if (fractions.Contains(value))
            {
                reader.Error(item, $"Removal fraction {value.ToString(CultureInfo.InvariantCulture)} is listed twice.", "List each fraction once.");
            }
            else
            {
                fractions.Add(value);
            }
        }

        fractions.Sort();
        return fractions.AsReadOnly();
    }
}
