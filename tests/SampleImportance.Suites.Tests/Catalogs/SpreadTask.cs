using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tasks;

namespace SampleImportance.Suites.Tests.Catalogs;

/// <summary>A task outside the built-ins, with a scalar, a choice and a list option; its metric's direction follows <c>mode</c>.</summary>
internal sealed class SpreadTask : IEvaluationTask
{
    private static readonly IReadOnlyList<TaskParameter> Parameters =
    [
        new(new ParameterDescriptor("k", ParameterKind.Integer, "2", "Top k.", Minimum: 1)),
        new(new ParameterDescriptor("mode", ParameterKind.Text, "max", "max or min.", AllowedValues: ["max", "min"])),
        new(new ParameterDescriptor("weights", ParameterKind.Number, "1,2", "Positive weights."), IsList: true),
    ];

    public TaskDescriptor Describe() => new("spread", "Range of the values.", Parameters, Metrics(PluginParameters.Empty.WithDefaults(Parameters.Select(p => p.Descriptor))), TaskNeeds.None);

    public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters) =>
    [
        new("spread.range", parameters.GetString("mode", "max") == "min" ? MetricDirection.LowerIsBetter : MetricDirection.HigherIsBetter, ResultMetricRole.Headline, "Range."),
    ];

    public IReadOnlyList<TaskProblem> Check(PluginParameters parameters) =>
        [.. TaskParameter.SplitList(parameters.GetString("weights", string.Empty))
            .Select((text, i) => (text, i))
            .Where(w => double.Parse(w.text, System.Globalization.CultureInfo.InvariantCulture) <= 0)
            .Select(w => new TaskProblem("weights", w.i, $"Weight {w.text} must be positive.", "Write a positive weight."))];

    public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken) =>
        new(new Dictionary<string, double> { ["spread.range"] = input.Values.Max() - input.Values.Min() });
}
