using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Metrics;

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
        new(new ParameterDescriptor(
            RemovalOptions.MetricName,
            ParameterKind.Text,
            RemovalOptions.CellUtility,
            "The metric the retrained model is scored with on the test split: 'utility' (default) for the cell's utility metric, or a metric name such as ndcg@10.")),
        new(new ParameterDescriptor(
            RemovalOptions.AmongName,
            ParameterKind.Text,
            RemovalOptions.AmongAll,
            "Which units may be removed: all (default), or candidates: only the corruption's candidates (e.g. clicks for fake clicks), fractions counted among them; every unit is a candidate without a corruption.",
            AllowedValues: [RemovalOptions.AmongAll, RemovalOptions.AmongCandidatesValue])),
    ];

    private static readonly MetricCatalog TestMetrics = MetricCatalog.CreateDefault();

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

    public IReadOnlyList<TaskProblem> Check(PluginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = new List<TaskProblem>();
        var seen = new HashSet<double>();
        var written = RemovalOptions.Written(parameters);
        for (var i = 0; i < written.Count; i++)
        {
            var (text, value) = written[i];
            if (value is not { } fraction || !(fraction > 0 && fraction < 1))
            {
                problems.Add(new TaskProblem(RemovalOptions.FractionsName, i, $"Removal fraction {text} must be between 0 and 1 (exclusive).", "Write fractions of training rows, e.g. 0.1."));
            }
            else if (!seen.Add(fraction))
            {
                problems.Add(new TaskProblem(RemovalOptions.FractionsName, i, $"Removal fraction {fraction.ToString(CultureInfo.InvariantCulture)} is listed twice.", "List each fraction once."));
            }
        }

        var metric = RemovalOptions.Bind(parameters).Metric;
        if (metric != RemovalOptions.CellUtility && !TestMetrics.TryCreate(metric, out _, out var problem))
        {
            problems.Add(new TaskProblem(RemovalOptions.MetricName, null, problem, $"Write metric: {RemovalOptions.CellUtility} (the cell's utility) or one of: {string.Join(", ", TestMetrics.Names)}."));
        }

        if (written.Count == 0)
        {
            problems.Add(new TaskProblem(RemovalOptions.FractionsName, null, "The removal task needs at least one fraction.", "Write e.g. fractions: [0.1, 0.2, 0.3]."));
        }

        return problems;
    }

    public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var options = RemovalOptions.Bind(parameters);
        var metric = input.Metric;
        if (options.Metric != RemovalOptions.CellUtility && !TestMetrics.TryCreate(options.Metric, out metric, out var problem))
        {
            throw new ArgumentException(problem, nameof(parameters));
        }

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
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(createModel);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(options);
        if (values.Count != units.Count)
        {
            throw new ArgumentException($"Expected one value per unit ({units.Count}), got {values.Count}.", nameof(values));
        }

        // Ascending by value for lowest-first, descending for highest-first; ties by a hash of the unit's rows (then
        // the index, should two units hold identical rows), so reordering the rows never changes which units go.
        // Units that may not be removed stay behind the removable ones and are always kept.
        var tie = UnitContentHash.Of(units, train);
        var candidates = Enumerable.Range(0, units.Count).Where(u => removable is null || removable[u]).ToArray();
        var ranked = options.Order == RemovalOrder.LowestFirst
            ? candidates.OrderBy(i => values[i]).ThenBy(i => tie[i]).ThenBy(i => i)
            : candidates.OrderByDescending(i => values[i]).ThenBy(i => tie[i]).ThenBy(i => i);
        var order = ranked.Concat(Enumerable.Range(0, units.Count).Where(u => removable is not null && !removable[u])).ToArray();
        var n = candidates.Length;

        var fractions = new List<double> { 0 };
        fractions.AddRange(options.Fractions.Where(f => f > 0));
        var curve = new List<CurvePoint>(fractions.Count);
        foreach (var fraction in fractions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var removed = (int)Math.Floor(fraction * n);
            var kept = units.RowsOf(order.AsSpan(removed));
            var model = createModel();
            model.Fit(train, kept, ReadOnlySpan<double>.Empty);
            curve.Add(new CurvePoint(fraction, ModelScoring.Score(model, test, metric)));
        }

        double area = 0;
        for (var i = 1; i < curve.Count; i++)
        {
            area += (curve[i].Fraction - curve[i - 1].Fraction) * (curve[i].Utility + curve[i - 1].Utility) / 2;
        }

        var span = curve[^1].Fraction - curve[0].Fraction;
        return (curve, span > 0 ? area / span : curve[0].Utility);
    }
}
