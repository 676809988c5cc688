using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation;
using SampleImportance.Validation.Parameters;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>
/// Reads <c>tasks:</c>, e.g. <c>[noisy-detection, { removal: { fractions: [0.1, 0.2], order: lowest-first } }]</c>, against
/// the <see cref="TaskCatalog"/>: names, options (each task's <see cref="TaskParameter"/>s, then its own
/// <see cref="IEvaluationTask.Check"/>) and needs all come from the registered task.
/// </summary>
internal static class TaskReader
{
    public static void Read(MappingView suite, SuiteReadContext context)
    {
        var catalog = context.Catalogs.Tasks;
        var reader = context.Reader;
        var node = suite.Optional("tasks");
        var items = node is null ? null : reader.Sequence(node, "tasks", "[" + string.Join(", ", catalog.Descriptors.Select(ItemExample)) + "]", nonEmpty: false);
        var listedAt = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var configured = new List<ConfiguredTask>();
        foreach (var item in items ?? [])
        {
            var (name, nameNode, options) = Split(item, reader, catalog);
            if (name is null || nameNode is null)
            {
                continue;
            }

            if (!catalog.TryGet(name, out var task))
            {
                reader.Error(nameNode, $"Unknown task '{name}'.", NameSuggester.Fix(name, catalog.Names, "Tasks"));
                continue;
            }

            if (listedAt.TryGetValue(name, out var first))
            {
                reader.Error(nameNode, $"Task '{name}' is listed twice (first at line {first.Start.Line}).", "List each task once.");
                continue;
            }

            listedAt[name] = nameNode;
            context.Builder.ListedTasks.Add(name);
            if (ReadOptions(task, options, reader) is { } parameters)
            {
                configured.Add(new ConfiguredTask(task, parameters));
            }
        }

        context.Builder.Tasks = configured.Count == 0 ? TaskPlan.None : new TaskPlan(configured);
        foreach (var (name, at) in listedAt)
        {
            if (catalog.TryGet(name, out var task) && task.Describe().Needs.HasFlag(TaskNeeds.NoiseMask) && context.Builder.CorruptedDatasetIds.Count == 0)
            {
                reader.Warning(at, $"Task '{name}' needs a corrupted dataset, and no dataset has a corruption, so it will measure nothing.", AddCorruptionFix(context));
            }
        }
    }

    /// <summary>The fix for "no dataset has a corruption", naming a registered corruption.</summary>
    public static string AddCorruptionFix(SuiteReadContext context) =>
        context.Catalogs.Corruptions.Names is [var kind, ..]
            ? $"Add corruption: {{ kind: {kind}, rate: 0.1 }} to a dataset."
            : "Add a corruption to a dataset (none is registered in this host).";

    /// <summary>How a suite lists a task: its plain name, or its name with every option at its default.</summary>
    public static string ItemExample(TaskDescriptor task) => task.Parameters.Count == 0
        ? task.Name
        : $"{{ {task.Name}: {OptionsExample(task)} }}";

    private static string OptionsExample(TaskDescriptor task) =>
        "{ " + string.Join(", ", task.Parameters.Select(p => $"{p.Name}: {ValueExample(p)}")) + " }";

    private static string ValueExample(TaskParameter parameter) => parameter.IsList
        ? "[" + string.Join(", ", TaskParameter.SplitList(parameter.Descriptor.Default)) + "]"
        : parameter.Descriptor.Default;

    /// <summary>A task item is either a name or a one-key mapping from the name to its options.</summary>
    private static (string? Name, YamlNode? NameNode, YamlNode? Options) Split(YamlNode item, NodeReader reader, TaskCatalog catalog)
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

        reader.Error(item, "Each item of 'tasks' is a task name, or one task name with its options.", "Write e.g. - " + string.Join(" or - ", catalog.Descriptors.Select(ItemExample)));
        return (null, null, null);
    }

    /// <summary>The task's effective parameters, or null after reporting every problem with its options.</summary>
    private static PluginParameters? ReadOptions(IEvaluationTask task, YamlNode? options, NodeReader reader)
    {
        var descriptor = task.Describe();
        if (options is null)
        {
            return descriptor.Defaults;
        }

        if (descriptor.Parameters.Count == 0)
        {
            reader.Error(options, $"Task '{descriptor.Name}' takes no options.", $"Write it as a plain item: - {descriptor.Name}");
            return null;
        }

        var errorsBefore = reader.ErrorCount;
        var path = $"tasks.{descriptor.Name}";
        var mapping = reader.Mapping(options, path, descriptor.Parameters.Select(p => p.Name).ToList(), OptionsExample(descriptor));
        if (mapping is null)
        {
            return null;
        }

        var values = new List<KeyValuePair<string, string>>();
        var itemNodes = new Dictionary<string, List<YamlNode>>(StringComparer.Ordinal);
        foreach (var parameter in descriptor.Parameters)
        {
            var valueNode = mapping.Optional(parameter.Name);
            string? text = null;
            if (valueNode is not null && parameter.IsList)
            {
                var nodes = new List<YamlNode>();
                var texts = new List<string>();
                foreach (var item in reader.Sequence(valueNode, $"{path}.{parameter.Name}", ValueExample(parameter), nonEmpty: true) ?? [])
                {
                    if (ReadValue(item, parameter, descriptor.Name, $"{path}.{parameter.Name}[]", reader) is { } itemText)
                    {
                        nodes.Add(item);
                        texts.Add(itemText);
                    }
                }

                itemNodes[parameter.Name] = nodes;
                text = texts.Count > 0 ? string.Join(TaskParameter.ListSeparator, texts) : null;
            }
            else if (valueNode is not null)
            {
                text = ReadValue(valueNode, parameter, descriptor.Name, $"{path}.{parameter.Name}", reader);
            }

            // A bad or absent value stands in as the default so the task's own check still sees the others.
            values.Add(KeyValuePair.Create(parameter.Name, text ?? parameter.Descriptor.Default));
        }

        var parameters = new PluginParameters(values);
        foreach (var problem in task.Check(parameters))
        {
            var at = problem.Item is { } i && itemNodes.TryGetValue(problem.Parameter, out var nodes) && i < nodes.Count
                ? nodes[i]
                : mapping.Optional(problem.Parameter) ?? options;
            reader.Error(at, problem.Message, problem.Fix);
        }

        return reader.ErrorCount == errorsBefore ? parameters : null;
    }

    /// <summary>One scalar option value (or list item) as canonical invariant text, or null after reporting it.</summary>
    private static string? ReadValue(YamlNode node, TaskParameter parameter, string task, string path, NodeReader reader)
    {
        var descriptor = parameter.IsList
            ? parameter.Descriptor with { Default = TaskParameter.SplitList(parameter.Descriptor.Default).FirstOrDefault() ?? string.Empty }
            : parameter.Descriptor;
        if (node is not YamlScalarNode { Value: { } text } || NodeReader.IsNull(node))
        {
            reader.Error(node, $"'{path}' must be a single value.", $"Write one value such as {descriptor.Default}.");
            return null;
        }

        if (descriptor.Kind == ParameterKind.Text && descriptor.AllowedValues is { } allowed)
        {
            if (allowed.Contains(text, StringComparer.Ordinal))
            {
                return text;
            }

            reader.Error(node, $"Unknown {task} {parameter.Name} '{text}'.", NameSuggester.Fix(text, allowed, char.ToUpperInvariant(parameter.Name[0]) + parameter.Name[1..] + "s"));
            return null;
        }

        var problems = new List<ValidationError>();
        var value = ParameterValidator.Validate([new ParameterInput(parameter.Name, text, reader.At(node))], [descriptor], $"task '{task}'", problems);
        foreach (var problem in problems)
        {
            reader.Error(problem.Location, problem.Message, problem.Fix);
        }

        return problems.Count == 0 ? value.Values[parameter.Name] : null;
    }
}
