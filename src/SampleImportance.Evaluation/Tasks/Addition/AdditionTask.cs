using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// <c>addition</c>: the removal curve's mirror. Fit a fresh model on only the highest-valued ⌊k·n⌋ units (at least one)
/// for each fraction k, then on every unit (fraction 1), and score the test split with the cell's utility (or the
/// metric named by <c>metric</c>), higher = better. A good estimator's curve rises fast: the valuable units come first.
/// The area is the trapezoid rule over the fractions divided by their span, i.e. the mean test utility along the curve:
/// higher is better. Ties leave in the order of a hash of the units' rows, as in removal. A random order is the
/// baseline and is another estimator (<c>random</c>), not an option here. The curve is not kept beside the metrics:
/// a cell keeps one curve, the removal task's.
/// </summary>
internal sealed class AdditionTask : IEvaluationTask
{
    public const string Name = "addition";
    public const string Auc = Name + ".auc";

    private static readonly IReadOnlyList<TaskParameter> Parameters =
    [
        new(new ParameterDescriptor(
            CurveParameters.FractionsName,
            ParameterKind.Number,
            "0.1,0.2,0.3,0.5",
            "Fractions of training units to fit on, highest-valued first, each in (0, 1) and listed once; all units (fraction 1) close the curve (default 0.1, 0.2, 0.3, 0.5)."), IsList: true),
        CurveParameters.Metric,
    ];

    private static readonly IReadOnlyList<ResultMetric> Produced =
    [
        new(Auc, MetricDirection.HigherIsBetter, ResultMetricRole.Headline, "Mean test utility along the curve fitting on the highest-valued units first, up to all of them (a fast rise is good).", "addition AUC"),
    ];

    public TaskDescriptor Describe() => new(
        Name,
        "Retrains on only the highest-valued units, a growing share of them, and scores the test split; records the area under the curve.",
        Parameters,
        Produced,
        TaskNeeds.TestSplit | TaskNeeds.Retraining);

    public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters) => Produced;

    public IReadOnlyList<TaskProblem> Check(PluginParameters parameters) => CurveParameters.Problems(parameters, "Addition");

    public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var metric = CurveParameters.TestMetric(parameters.GetString(CurveParameters.MetricName, CurveParameters.CellUtility), input.Metric);
        var curve = Curve(input, metric, CurveParameters.Fractions(parameters), cancellationToken);
        return new TaskOutcome(new Dictionary<string, double>(StringComparer.Ordinal) { [Auc] = ValueCurve.Area(curve) });
    }

    /// <summary>The addition curve: test utility after fitting on the highest-valued share of units, for each fraction and 1.</summary>
    internal static IReadOnlyList<CurvePoint> Curve(TaskInput input, IMetric metric, IReadOnlyList<double> fractions, CancellationToken cancellationToken)
    {
        var order = ValueCurve.Ranked(input.Values, input.Units, input.Train, highestFirst: true);
        var n = order.Length;
        var curve = new List<CurvePoint>(fractions.Count + 1);
        foreach (var fraction in fractions.Append(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var added = Math.Clamp((int)Math.Floor(fraction * n), Math.Min(1, n), n);
            curve.Add(new CurvePoint(fraction, ValueCurve.FitAndScore(input.Units, input.Train, input.Test, input.CreateModel, metric, order.AsSpan(0, added))));
        }

        return curve;
    }
}
