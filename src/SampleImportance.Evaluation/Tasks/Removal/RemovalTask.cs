using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// <c>removal</c>: retrain without the k% lowest-valued (or highest-valued) units (rows, or whole groups when values are
/// per group) and score the held-out test split with the cell's metric, oriented so higher is better (a lower-is-better
/// metric enters negated, as in the utility). The curve starts at fraction 0 (all rows); its area is the trapezoid rule
/// over the fractions divided by their span, i.e. the mean test utility along the curve. Removing the lowest first, a
/// good estimator's curve rises (noise goes first): higher area is better. Removing the highest first, lower is better,
/// and the recorded direction of <c>removal.auc</c> says so. The test metric is the cell's utility unless <c>metric</c>
/// names another (e.g. <c>ndcg@10</c> against graded true relevance while the utility reads clicks). Units with equal
/// values leave in the order of a hash of their rows' content, so ties never depend on row order. With
/// <c>among: candidates</c> only the corruption's candidates may go (e.g. the lowest-valued 5% of clicks), which asks
/// the question a team cleaning a click log asks; every other unit is always kept.
/// </summary>
internal sealed class RemovalTask : IEvaluationTask
{
    public const string Name = "removal";
    public const string Auc = Name + ".auc";

    private static readonly IReadOnlyList<TaskParameter> Parameters =
    [
        new(new ParameterDescriptor(
            RemovalOptions.FractionsName,
            ParameterKind.Number,
            "0.1,0.2,0.3",
            "Fractions of training units to remove, each in (0, 1) and listed once (default 0.1, 0.2, 0.3)."), IsList: true),
        new(new ParameterDescriptor(
            RemovalOptions.OrderName,
            ParameterKind.Text,
            RemovalOptions.LowestFirst,
            "Which units go first: lowest-first (higher area is better) or highest-first (lower area is better). Default lowest-first.",
            AllowedValues: [RemovalOptions.LowestFirst, RemovalOptions.HighestFirst])),
        CurveParameters.Metric,
        new(new ParameterDescriptor(
            RemovalOptions.AmongName,
            ParameterKind.Text,
            RemovalOptions.AmongAll,
            "Which units may be removed: all (default), or candidates: only the corruption's candidates (e.g. clicks for fake clicks), fractions counted among them; every unit is a candidate without a corruption.",
            AllowedValues: [RemovalOptions.AmongAll, RemovalOptions.AmongCandidatesValue])),
    ];

    public TaskDescriptor Describe() => new(
        Name,
        "Retrains without the lowest- (or highest-) valued units and scores the test split; records the area under the curve.",
        Parameters,
        Metrics(PluginParameters.Empty.WithDefaults(Parameters.Select(p => p.Descriptor))),
        TaskNeeds.TestSplit | TaskNeeds.Retraining);

    public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var highestFirst = RemovalOptions.Bind(parameters).Order == RemovalOrder.HighestFirst;
        return
        [
            new(
                Auc,
                highestFirst ? MetricDirection.LowerIsBetter : MetricDirection.HigherIsBetter,
                ResultMetricRole.Headline,
                highestFirst
                    ? "Mean test utility along the curve removing the highest-valued units first (a fast fall is good)."
                    : "Mean test utility along the curve removing the lowest-valued units first (a rise is good).",
                "removal AUC"),
        ];
    }

    public IReadOnlyList<TaskProblem> Check(PluginParameters parameters) => CurveParameters.Problems(parameters, "Removal");

    public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var options = RemovalOptions.Bind(parameters);
        var metric = CurveParameters.TestMetric(options.Metric, input.Metric);

        var removable = options.AmongCandidates ? CandidateStrata.OfUnits(input.NoiseStrata, input.Units).Select(s => s >= 0).ToArray() : null;
        var (curve, area) = Curve(input.Values, input.Units, input.Train, input.Test, input.CreateModel, metric, options, cancellationToken, removable);
        return new TaskOutcome(new Dictionary<string, double>(StringComparer.Ordinal) { [Auc] = area }, curve);
    }

    /// <summary>The removal curve and its normalised area.</summary>
    internal static (IReadOnlyList<CurvePoint> Curve, double Area) Curve(
        IReadOnlyList<double> values,
        UnitPartition units,
        SampleSet train,
        SampleSet test,
        Func<IModel> createModel,
        IMetric metric,
        RemovalOptions options,
        CancellationToken cancellationToken,
        IReadOnlyList<bool>? removable = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Units that may not be removed stay behind the removable ones and are always kept.
        var ranked = ValueCurve.Ranked(values, units, train, options.Order == RemovalOrder.HighestFirst, removable);
        var order = ranked.Concat(Enumerable.Range(0, units.Count).Where(u => removable is not null && !removable[u])).ToArray();
        var n = ranked.Length;

        var fractions = new List<double> { 0 };
        fractions.AddRange(options.Fractions.Where(f => f > 0));
        var curve = new List<CurvePoint>(fractions.Count);
        foreach (var fraction in fractions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var removed = (int)Math.Floor(fraction * n);
            curve.Add(new CurvePoint(fraction, ValueCurve.FitAndScore(units, train, test, createModel, metric, order.AsSpan(removed))));
        }

        return (curve, ValueCurve.Area(curve));
    }
}
