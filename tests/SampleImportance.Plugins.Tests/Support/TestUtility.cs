using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>
/// U(S) for tests: a fresh model per call, fitted on the distinct rows of S in ascending order, scored on
/// validation. Counts evaluations and enforces an optional budget the way the host does (the call past it throws).
/// </summary>
internal sealed class TestUtility : IUtility
{
    private readonly SampleSet _train;
    private readonly SampleSet _validation;
    private readonly Func<IModel> _createModel;
    private readonly long? _budget;

    public TestUtility(SampleSet train, SampleSet validation, Func<IModel> createModel, string metric, long? budget = null)
    {
        _train = train;
        _validation = validation;
        _createModel = createModel;
        Metric = metric;
        _budget = budget;
    }

    public string Metric { get; }

    public long Evaluations { get; private set; }

    /// <summary>Called before each evaluation (tests use it to cancel a run part-way).</summary>
    public Action<long>? BeforeEvaluate { get; set; }

    public double Evaluate(ReadOnlySpan<int> subset)
    {
        if (_budget is { } budget && Evaluations >= budget)
        {
            throw new UtilityBudgetExceededException();
        }

        BeforeEvaluate?.Invoke(Evaluations);
        Evaluations++;
        var rows = subset.ToArray().Distinct().Order().ToArray();
        var model = _createModel();
        model.Fit(_train, rows, []);
        return model.Score(_validation, Metric);
    }
}
