using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Suites;

namespace SampleImportance.Cli.Output;

/// <summary>
/// The tasks, costs, data sources, corruptions and utility metrics a suite may name, read from the host's catalogs: what each needs or
/// applies to, its parameters with defaults, and the metrics it records with their direction. One line per entry (not
/// a table) so that long names and parameter lists stay whole in 80-column logs and greps.
/// </summary>
internal static class CatalogListing
{
    public static IEnumerable<string> Lines(SuiteCatalogs catalogs)
    {
        yield return "tasks (metric directions under default options):";
        foreach (var task in catalogs.Tasks.Descriptors)
        {
            yield return "  " + Join(
                task.Name,
                string.Join(", ", task.Parameters.Select(p => p.IsList ? $"{p.Name}=[{p.Descriptor.Default}]" : $"{p.Name}={p.Descriptor.Default}")),
                task.Needs == TaskNeeds.None ? string.Empty : "needs " + Words(task.Needs.ToString()),
                "records " + string.Join(", ", task.Metrics.Select(Metric)));
        }

        yield return "costs: " + string.Join(", ", catalogs.Tasks.Costs.Select(c => Metric(c.Metric) + (c.NeedsTiming ? " with timing on" : string.Empty)));
        yield return "sources:";
        foreach (var source in catalogs.Sources.Descriptors)
        {
            yield return "  " + Join(source.Name, Parameters(source.Parameters), Labels(source.Labels), source.ReadsFiles ? "reads path, validation, test" + (source.ReadsColumns ? ", label, group" : string.Empty) : string.Empty,
                source.Format is null ? string.Empty : $"score --format {source.Format} ({string.Join(", ", source.Extensions)})");
        }

        yield return "corruptions:";
        foreach (var corruption in catalogs.Corruptions.Descriptors)
        {
            yield return "  " + Join(corruption.Name, Parameters(corruption.Parameters), "applies to " + Labels(corruption.AppliesTo));
        }

        yield return "utility metrics (models[].metric, score --metric):";
        foreach (var metric in catalogs.Metrics.Descriptors)
        {
            yield return "  " + Join(
                metric.Name,
                (metric.Direction == MetricDirection.LowerIsBetter ? "lower" : "higher") + " is better",
                metric.NeedsGroups ? "needs groups" : string.Empty,
                metric.Description);
        }
    }

    private static string Join(string name, params string[] parts) =>
        name + string.Concat(parts.Where(p => p.Length > 0).Select(p => "; " + p));

    private static string Metric(ResultMetric metric) =>
        $"{metric.Name} ({(metric.Direction == MetricDirection.LowerIsBetter ? "lower" : "higher")} is better)";

    /// <summary><c>name=default, ...</c>, as <c>plugins list</c> shows a plugin's parameters too.</summary>
    public static string Parameters(IEnumerable<ParameterDescriptor> parameters) =>
        string.Join(", ", parameters.Select(p => $"{p.Name}={p.Default}"));

    private static string Labels(LabelKinds kinds) => kinds == LabelKinds.Any ? "any labels" : Words(kinds.ToString()) + " labels";

    /// <summary>"NoiseMask, TestSplit" → "noise mask, test split".</summary>
    private static string Words(string flags) => string.Concat(flags.Select((c, i) =>
        char.IsUpper(c) && i > 0 && flags[i - 1] != ' ' ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
