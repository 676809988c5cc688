using SampleImportance.Abstractions;
using SampleImportance.Evaluation;

namespace SampleImportance.Engine.Utility;

/// <summary>
/// U(S) for one estimator run, over subsets of units: fits a fresh model on the rows of S (ascending, so the value
/// depends on S only), predicts validation and scores it with the metric, negated for a lower-is-better metric. Backed
/// by the run's <see cref="UtilityCache"/> (keyed by rows, so row and group valuations share evaluations); counts every
/// request itself — cost is never self-reported — against the evaluation budget, and honours cancellation.
/// </summary>
public sealed class CachedUtility : IUtility
{
    private readonly SampleSet _train;
    private readonly SampleSet _validation;
    private readonly UnitPartition _units;
    private readonly Func<IModel> _createModel;
    private readonly IMetric _metric;
    private readonly UtilityCache _cache;
    private readonly Lazy<string> _context;

    // Warm-started values are cached apart from cold ones, keyed by the pair (subset, start).
    private readonly Lazy<string> _warmContext;
    private readonly long? _maxEvaluations;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _useWeights;
    private readonly Lock _warmStartLock = new();
    private long _evaluations;
    private WarmStartModel? _warmStart;

    // The model of the latest fit, so a warm start on the subset just evaluated (a permutation walk's previous prefix)
    // reuses it instead of refitting the start.
    private (SubsetKey Key, IModel Model)? _lastFit;

    /// <param name="train">Rows S is drawn from.</param>
    /// <param name="validation">Rows the model is scored on.</param>
    /// <param name="units">The players: rows, or groups of an id column.</param>
    /// <param name="createModel">Creates an untrained model.</param>
    /// <param name="metric">Validation metric.</param>
    /// <param name="cache">The run's shared cache.</param>
    /// <param name="contextKey">Content address of everything but the subset: dataset fingerprints, model id + parameters + seed, metric.</param>
    /// <param name="maxEvaluations">Evaluation budget, or null.</param>
    /// <param name="cancellationToken">Cancelled when the cell's time budget passes or the user stops.</param>
    /// <param name="useWeights">Fit with the training rows' sample weights (when the data has them and the model takes them).</param>
    public CachedUtility(SampleSet train, SampleSet validation, UnitPartition units, Func<IModel> createModel, IMetric metric, UtilityCache cache, string contextKey, long? maxEvaluations, CancellationToken cancellationToken, bool useWeights = false)
        : this(train, validation, units, createModel, metric, cache, new Lazy<string>(() => contextKey), maxEvaluations, cancellationToken, useWeights)
    {
    }

    /// <summary>As the other constructor, with the context key made on the first evaluation: hashing a million rows
    /// costs more than an estimator that never evaluates U (KNN-Shapley, random) spends in all.</summary>
    /// <param name="train">Rows S is drawn from.</param>
    /// <param name="validation">Rows the model is scored on.</param>
    /// <param name="units">The players: rows, or groups of an id column.</param>
    /// <param name="createModel">Creates an untrained model.</param>
    /// <param name="metric">Validation metric.</param>
    /// <param name="cache">The run's shared cache.</param>
    /// <param name="contextKey">Makes the content address of everything but the subset.</param>
    /// <param name="maxEvaluations">Evaluation budget, or null.</param>
    /// <param name="cancellationToken">Cancelled when the cell's time budget passes or the user stops.</param>
    /// <param name="useWeights">Fit with the training rows' sample weights.</param>
    public CachedUtility(SampleSet train, SampleSet validation, UnitPartition units, Func<IModel> createModel, IMetric metric, UtilityCache cache, Lazy<string> contextKey, long? maxEvaluations, CancellationToken cancellationToken, bool useWeights = false)
    {
        ArgumentNullException.ThrowIfNull(contextKey);
        _useWeights = useWeights && train.HasWeights;
        _train = train;
        _validation = validation;
        _units = units;
        _createModel = createModel;
        _metric = metric;
        Metric = metric.Describe();
        _cache = cache;
        _context = contextKey;
        _warmContext = new Lazy<string>(() => contextKey.Value + "|warm-start");
        _maxEvaluations = maxEvaluations;
        _cancellationToken = cancellationToken;
    }

    public MetricDescriptor Metric { get; }

    public int PlayerCount => _units.Count;

    public long Evaluations => Interlocked.Read(ref _evaluations);

    public double Evaluate(ReadOnlySpan<int> units)
    {
        var key = CountedKey(units);
        return _cache.GetOrAdd(_context.Value, key, subset => Fit(subset, null));
    }

    /// <summary>
    /// U(S) fitted from the model of <paramref name="startUnits"/>, which is fitted once (not counted: it is the start,
    /// not an evaluation) and kept while calls share the start. When the start is the subset of the latest fit (cold or
    /// warm), that fit's model is the start, so a chain of warm starts (S₁ ⊂ S₂ ⊂ … along a permutation) fits each
    /// subset once. Cached under the pair (subset, start), apart from cold values.
    /// </summary>
    public double EvaluateWarmStarted(ReadOnlySpan<int> units, ReadOnlySpan<int> startUnits)
    {
        var key = CountedKey(units);
        var start = WarmStart(new SubsetKey(_units, startUnits, _train.Count));
        return _cache.GetOrAdd(_warmContext.Value, SubsetKey.Pair(key, start.Key), _ => Fit(key, start.Model));
    }

    // Checks cancellation and the units, then counts the request against the budget.
    private SubsetKey CountedKey(ReadOnlySpan<int> units)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var key = new SubsetKey(_units, units, _train.Count); // refuses units outside the partition before any is counted
        var used = Interlocked.Increment(ref _evaluations);
        if (_maxEvaluations is { } max && used > max)
        {
            Interlocked.Decrement(ref _evaluations);
            throw new UtilityBudgetExceededException(FormattableString.Invariant($"The utility evaluation budget of {max} is spent."));
        }

        return key;
    }

    private WarmStartModel WarmStart(SubsetKey startKey)
    {
        lock (_warmStartLock)
        {
            if (_warmStart is not { } start || !start.Key.Equals(startKey))
            {
                IModel model;
                if (_lastFit is { } last && last.Key.Equals(startKey))
                {
                    model = last.Model;
                }
                else
                {
                    model = _createModel();
                    var rows = startKey.ToRows();
                    model.Fit(_train, rows, _useWeights ? RowWeights(rows) : ReadOnlySpan<double>.Empty);
                }

                _warmStart = start = new WarmStartModel(startKey, model);
            }

            return start;
        }
    }

    // The start model is only read by the fits that start from it, so concurrent evaluations may share it. The rows are
    // rented: a permutation walk fits hundreds of subsets per second and models do not keep the rows they were given.
    private double Fit(SubsetKey key, IModel? warmStart)
    {
        var model = _createModel();
        var pool = System.Buffers.ArrayPool<int>.Shared;
        var count = key.RowCount;
        var rented = pool.Rent(count);
        try
        {
            var rows = rented.AsSpan(0, count);
            key.WriteRows(rows);
            model.Fit(_train, rows, _useWeights ? RowWeights(rows) : ReadOnlySpan<double>.Empty, warmStart);
        }
        finally
        {
            pool.Return(rented);
        }

        lock (_warmStartLock)
        {
            _lastFit = (key, model);
        }

        return ModelScoring.Score(model, _validation, _metric);
    }

    private double[] RowWeights(ReadOnlySpan<int> rows)
    {
        var weights = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            weights[i] = _train.Weights[rows[i]];
        }

        return weights;
    }

    private sealed record WarmStartModel(SubsetKey Key, IModel Model);
}
