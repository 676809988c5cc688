using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Metrics;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// The options the removal and addition curves share: a list of fractions in (0, 1) and the test metric (the cell's
/// utility, or a named metric), with their checks.
/// </summary>
internal static class CurveParameters
{
    public const string FractionsName = "fractions";
    public const string MetricName = "metric";
    public const string CellUtility = "utility";

    private static readonly MetricCatalog TestMetrics = MetricCatalog.CreateDefault();

    /// <summary>The <c>metric</c> option as declared by both curves.</summary>
    public static TaskParameter Metric { get; } = new(new ParameterDescriptor(
        MetricName,
        ParameterKind.Text,
        CellUtility,
        "The metric the retrained model is scored with on the test split: 'utility' (default) for the cell's utility metric, or a metric name such as ndcg@10."));

    /// <summary>The written fractions in (0, 1), distinct and ascending; the rest are left out (<see cref="Problems"/> reports them).</summary>
    public static double[] Fractions(PluginParameters parameters) =>
        Written(parameters).Where(f => f.Value is { } v && v > 0 && v < 1).Select(f => f.Value!.Value).Distinct().Order().ToArray();

    /// <summary>Each written fraction with its text, and its value (null when it does not parse).</summary>
    public static IReadOnlyList<(string Text, double? Value)> Written(PluginParameters parameters) =>
        TaskParameter.SplitList(parameters.GetString(FractionsName, string.Empty))
            .Select(text => (text, double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null))
            .ToList();

    /// <summary>What is wrong with the fractions and the metric; <paramref name="label"/> names the curve in messages ("Removal").</summary>
    public static IReadOnlyList<TaskProblem> Problems(PluginParameters parameters, string label)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = new List<TaskProblem>();
        var seen = new HashSet<double>();
        var written = Written(parameters);
        for (var i = 0; i < written.Count; i++)
        {
            var (text, value) = written[i];
            if (value is not { } fraction || !(fraction > 0 && fraction < 1))
            {
                problems.Add(new TaskProblem(FractionsName, i, $"{label} fraction {text} must be between 0 and 1 (exclusive).", "Write fractions of training rows, e.g. 0.1."));
            }
            else if (!seen.Add(fraction))
            {
                problems.Add(new TaskProblem(FractionsName, i, $"{label} fraction {fraction.ToString(CultureInfo.InvariantCulture)} is listed twice.", "List each fraction once."));
            }
        }

        var metric = parameters.GetString(MetricName, CellUtility);
        if (metric != CellUtility && !TestMetrics.TryCreate(metric, out _, out var problem))
        {
            problems.Add(new TaskProblem(MetricName, null, problem, $"Write metric: {CellUtility} (the cell's utility) or one of: {string.Join(", ", TestMetrics.Names)}."));
        }

        if (written.Count == 0)
        {
            problems.Add(new TaskProblem(FractionsName, null, $"The {label.ToLowerInvariant()} task needs at least one fraction.", "Write e.g. fractions: [0.1, 0.2, 0.3]."));
        }

        return problems;
    }

    /// <summary>The test metric: the cell's utility metric, or the named one.</summary>
    /// <exception cref="ArgumentException">The name is unknown (parameters that passed <see cref="Problems"/> never are).</exception>
    public static IMetric TestMetric(string name, IMetric cellMetric) =>
        name == CellUtility ? cellMetric
        : TestMetrics.TryCreate(name, out var metric, out var problem) ? metric
        : throw new ArgumentException(problem, nameof(name));
}
