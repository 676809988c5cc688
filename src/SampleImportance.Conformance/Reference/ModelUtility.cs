using SampleImportance.Abstractions;
using SampleImportance.Conformance.Games;

namespace SampleImportance.Conformance.Reference;

/// <summary>
/// U(S) as the host defines it: a fresh model fitted on the rows of the units S, predicting validation, scored by the
/// metric and negated for a lower-is-better metric; counted, budgeted and cancelled like the host's utility (see
/// <see cref="CountedUtility"/>). Values are memoised by subset, as the host caches them (a cache hit still counts).
/// </summary>
public sealed class ModelUtility : CountedUtility
{
    private readonly SampleSet _train;
    private readonly SampleSet _validation;
    private readonly UnitPartition _units;
    private readonly Func<IModel> _createModel;
    private readonly IMetric _metric;
    private readonly Dictionary<string, double> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Creates the utility.</summary>
    /// <param name="train">Rows S is drawn from.</param>
    /// <param name="validation">Rows the model is scored on.</param>
    /// <param name="units">The players: rows, or groups of an id column.</param>
    /// <param name="createModel">Creates an untrained model.</param>
    /// <param name="metric">The validation metric.</param>
    public ModelUtility(SampleSet train, SampleSet validation, UnitPartition units, Func<IModel> createModel, IMetric metric)
        : base((units ?? throw new ArgumentNullException(nameof(units))).Count, (metric ?? throw new ArgumentNullException(nameof(metric))).Describe())
    {
        _train = train;
        _validation = validation;
        _units = units;
        _createModel = createModel;
        _metric = metric;
    }

    /// <inheritdoc/>
    protected override double Compute(ReadOnlySpan<int> units)
    {
        var rows = _units.RowsOf(units);
        var key = string.Join(',', rows);
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var model = _createModel();
        model.Fit(_train, rows, []);
        var predictions = new double[_validation.Count * model.Outputs];
        model.Predict(_validation, predictions);
        var score = _metric.Compute(new MetricInput(predictions, model.Outputs, _validation.Labels, _validation.Groups, _validation.Weights));
        var value = Metric.Direction == MetricDirection.LowerIsBetter ? -score : score;
        lock (_lock)
        {
            _cache[key] = value;
        }

        return value;
    }
}
