using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>
/// U(S) for tests, as the host defines it: a fresh model per call, fitted on the rows of the units S
/// (<see cref="UnitPartition.RowsOf(ReadOnlySpan{int})"/>), predicting validation, scored by the metric and negated for
/// a lower-is-better metric. No cache: every call fits. Counts evaluations and enforces an optional budget the way the
/// host does (the call past it throws and is not counted).
/// </summary>
internal sealed class TestUtility : IUtility
{
    private readonly SampleSet _train;
    private readonly SampleSet _validation;
    private readonly UnitPartition _units;
    private readonly Func<IModel> _createModel;
    private readonly IMetric _metric;
    private readonly long? _budget;

    public TestUtility(SampleSet train, SampleSet validation, UnitPartition units, Func<IModel> createModel, IMetric metric, long? budget = null)
    {
        _train = train;
        _validation = validation;
        _units = units;
        _createModel = createModel;
        _metric = metric;
        _budget = budget;
        Metric = metric.Describe();
    }

    public MetricDescriptor Metric { get; }

    public int PlayerCount => _units.Count;

    public long Evaluations { get; private set; }

    /// <summary>Called with the evaluations so far before each evaluation (tests use it to cancel a run part-way).</summary>
    public Action<long>? BeforeEvaluate { get; set; }

    /// <summary>Evaluations requested through <see cref="EvaluateWarmStarted"/> (counted in <see cref="Evaluations"/> too).</summary>
    public long WarmEvaluations { get; private set; }

    public double Evaluate(ReadOnlySpan<int> units) => FitAndScore(units, null);

    /// <summary>As the host does: the start's model is fitted (uncounted), and S's fit starts from it.</summary>
    public double EvaluateWarmStarted(ReadOnlySpan<int> units, ReadOnlySpan<int> startUnits)
    {
        var start = _createModel();
        start.Fit(_train, _units.RowsOf(startUnits), []);
        var value = FitAndScore(units, start);
        WarmEvaluations++;
        return value;
    }

    private double FitAndScore(ReadOnlySpan<int> units, IModel? warmStart)
    {
        if (_budget is { } budget && Evaluations >= budget)
        {
            throw new UtilityBudgetExceededException();
        }

        BeforeEvaluate?.Invoke(Evaluations);
        Evaluations++;
        var model = _createModel();
        model.Fit(_train, _units.RowsOf(units), [], warmStart);
        var value = Scoring.Score(model, _validation, _metric);
        return Metric.Direction == MetricDirection.LowerIsBetter ? -value : value;
    }
}
