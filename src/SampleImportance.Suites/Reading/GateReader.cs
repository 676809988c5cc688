using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation;
using SampleImportance.Validation.Parameters;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>
/// Reads <c>gates:</c> into <see cref="GateDefinition"/>s that carry the file, line and column of their entry. Which
/// metrics exist, which task or timing records each, and which way each improves all come from the <see cref="TaskCatalog"/>.
/// </summary>
internal static class GateReader
{
    private static readonly string[] Keys = ["metric", "estimator", "model", "dataset", "min", "max", "max-drop", "max-increase"];

    public static void ReadAll(MappingView suite, SuiteReadContext context)
    {
        context.ReadEach(suite.Optional("gates"), "gates", $"[{{ metric: {ExampleMetric(context)}, min: 0.8 }}]", nonEmpty: false, Read);
    }

    private static void Read(YamlNode node, string path, SuiteReadContext context)
    {
        var reader = context.Reader;
        var builder = context.Builder;
        var errorsBefore = reader.ErrorCount;
        var gate = reader.Mapping(node, path, Keys, $"{{ metric: {ExampleMetric(context)}, estimator: knn-shapley, min: 0.75 }}");
        if (gate is null)
        {
            return;
        }

        var metric = ReadMetric(gate, context);
        var estimator = ReadFilter(gate, "estimator", builder.EstimatorIds, reader);
        var model = ReadFilter(gate, "model", builder.ModelIds, reader);
        var dataset = ReadFilter(gate, "dataset", builder.DatasetIds, reader);
        var min = ReadNumber(gate, "min", reader, nonNegative: false);
        var max = ReadNumber(gate, "max", reader, nonNegative: false);
        var maxDrop = ReadNumber(gate, "max-drop", reader, nonNegative: true);
        var (maxIncrease, relative) = ReadIncrease(gate, reader);

        if (!gate.Has("min") && !gate.Has("max") && !gate.Has("max-drop") && !gate.Has("max-increase"))
        {
            reader.Error(node, $"'{path}' sets no threshold.", "Add at least one of min, max, max-drop, max-increase.");
        }

        if (min is { } low && max is { } high && low > high)
        {
            reader.Error(node, FormattableString.Invariant($"'{path}' has min {low} above max {high}, so it can never pass."), "Make min at most max.");
        }

        if (metric is not null && context.Catalogs.Tasks.ProducerOf(metric) is { } producer && producer.Needs.HasFlag(TaskNeeds.NoiseMask))
        {
            WarnWithoutCorruption(node, metric, dataset, context);
        }

        if (metric is not null)
        {
            WarnAgainstDirection(node, metric, maxDrop, maxIncrease, context);
        }

        if (reader.ErrorCount == errorsBefore && metric is not null)
        {
            var location = reader.At(node);
            builder.Gates.Add(new GateDefinition(metric, estimator, model, dataset, min, max, maxDrop, maxIncrease, relative, location.File, location.Line, location.Column));
        }
    }

    private static string? ReadMetric(MappingView gate, SuiteReadContext context)
    {
        var reader = context.Reader;
        var catalog = context.Catalogs.Tasks;
        var node = gate.Required("metric", ExampleMetric(context));
        var metric = node is null ? null : reader.Text(node, gate.Child("metric"));
        if (node is null || metric is null)
        {
            return null;
        }

        var names = catalog.Metrics.Select(m => m.Name).ToList();
        if (!names.Contains(metric, StringComparer.Ordinal))
        {
            reader.Error(node, $"Unknown gate metric '{metric}'.", NameSuggester.Fix(metric, names, "Metrics"));
            return null;
        }

        // A gate on a metric nothing records could never pass (missing input fails a gate), so say so now.
        if (catalog.ProducerOf(metric) is { } producer && !context.Builder.ListedTasks.Contains(producer.Name))
        {
            reader.Error(node, $"Gate metric '{metric}' needs the {producer.Name} task, which 'tasks' does not list.", $"Add {TaskReader.ItemExample(producer)} to tasks.");
            return null;
        }

        if (catalog.CostOf(metric) is { NeedsTiming: true } && !context.Builder.Timing.Enabled)
        {
            reader.Error(node, $"Gate metric '{metric}' needs timing, which 'timing: {{ enabled: false }}' turns off.", "Enable timing or remove this gate.");
            return null;
        }

        return metric;
    }

    /// <summary>The first metric leaderboards rank by, as the example in fixes.</summary>
    private static string ExampleMetric(SuiteReadContext context)
    {
        var metrics = context.Catalogs.Tasks.Metrics;
        return (metrics.FirstOrDefault(m => m.Role == ResultMetricRole.Headline) ?? metrics.FirstOrDefault())?.Name ?? "name";
    }

    /// <summary>
    /// The direction of <paramref name="metric"/> in this suite: as its task is configured here (removing the
    /// highest-valued rows first turns the removal area lower-is-better), else as registered.
    /// </summary>
    private static MetricDirection DirectionOf(string metric, SuiteReadContext context) =>
        (context.Builder.Tasks.Tasks.SelectMany(t => t.Metrics).FirstOrDefault(m => m.Name == metric)
            ?? context.Catalogs.Tasks.Metrics.First(m => m.Name == metric)).Direction;

    /// <summary>A baseline threshold on the side where the metric improves never catches a regression: warn.</summary>
    private static void WarnAgainstDirection(YamlNode node, string metric, double? maxDrop, double? maxIncrease, SuiteReadContext context)
    {
        var direction = DirectionOf(metric, context);
        if (maxDrop is not null && direction == MetricDirection.LowerIsBetter)
        {
            context.Reader.Warning(
                node,
                $"Gate on '{metric}' sets max-drop, but lower is better for '{metric}' in this suite, so a drop is an improvement and max-drop never catches a regression.",
                "Use max-increase to bound a regression (or max to cap the value).");
        }

        if (maxIncrease is not null && direction == MetricDirection.HigherIsBetter)
        {
            context.Reader.Warning(
                node,
                $"Gate on '{metric}' sets max-increase, but higher is better for '{metric}' in this suite, so an increase is an improvement and max-increase never catches a regression.",
                "Use max-drop to bound a regression (or min to keep a floor).");
        }
    }

    private static void WarnWithoutCorruption(YamlNode node, string metric, string? dataset, SuiteReadContext context)
    {
        var corrupted = context.Builder.CorruptedDatasetIds;
        if (dataset is not null && !corrupted.Contains(dataset))
        {
            context.Reader.Warning(node, $"Gate on '{metric}' selects dataset '{dataset}', which has no corruption, so it has nothing to judge.", $"Add a corruption to dataset '{dataset}' or select a corrupted dataset.");
        }
        else if (dataset is null && corrupted.Count == 0)
        {
            context.Reader.Warning(node, $"Gate on '{metric}' has nothing to judge: no dataset has a corruption.", TaskReader.AddCorruptionFix(context));
        }
    }

    private static string? ReadFilter(MappingView gate, string key, Dictionary<string, SourceLocation> declared, NodeReader reader)
    {
        if (gate.Optional(key) is not { } node || reader.Text(node, gate.Child(key)) is not { } id)
        {
            return null;
        }

        if (!declared.ContainsKey(id))
        {
            reader.Error(node, $"Gate selects {key} '{id}', which this suite does not define.", NameSuggester.Fix(id, declared.Keys.ToList(), $"The suite's {key}s"));
            return null;
        }

        return id;
    }

    private static double? ReadNumber(MappingView gate, string key, NodeReader reader, bool nonNegative)
    {
        if (gate.Optional(key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && text.TrimEnd().EndsWith('%'))
        {
            reader.Error(node, $"'{gate.Child(key)}' must be a plain number; only max-increase accepts a percentage.", "Write the threshold in the metric's units, e.g. 0.05.");
            return null;
        }

        if (reader.Number(node, gate.Child(key)) is not { } value)
        {
            return null;
        }

        if (nonNegative && value < 0)
        {
            reader.Error(node, $"'{gate.Child(key)}' must not be negative, not {value.ToString(CultureInfo.InvariantCulture)}.", "Write the allowed change as a positive amount.");
            return null;
        }

        return value;
    }

    /// <summary><c>50%</c> is relative (stored as 0.5); a plain number is absolute, in the metric's units.</summary>
    private static (double? Value, bool Relative) ReadIncrease(MappingView gate, NodeReader reader)
    {
        if (gate.Optional("max-increase") is not YamlScalarNode { Value: { } text } node || !text.TrimEnd().EndsWith('%'))
        {
            return (ReadNumber(gate, "max-increase", reader, nonNegative: true), false);
        }

        var number = text.TrimEnd()[..^1];
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || !double.IsFinite(percent) || percent < 0)
        {
            reader.Error(node, $"'{gate.Child("max-increase")}' must be a non-negative percentage such as 10%, not '{text}'.", "Write e.g. 10% for relative, or a plain number for absolute.");
            return (null, false);
        }

        return (percent / 100, true);
    }
}
