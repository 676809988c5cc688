using SampleImportance.Abstractions;

namespace SampleImportance.Engine.Utility;

/// <summary>
/// U(S) for one estimator run: fits a fresh model on S (rows in ascending order, so the value depends on S only)
/// and scores it on validation. Backed by the run's <see cref="UtilityCache"/>; counts every request against the
/// run's evaluation budget and honours cancellation.
/// </summary>
public sealed class CachedUtility : IUtility
{
    private readonly SampleSet _train;
    private readonly SampleSet _validation;
    private readonly Func<IModel> _createModel;
    private readonly UtilityCache _cache;
    private readonly string _context;
    private readonly long? _maxEvaluations;
    private readonly CancellationToken _cancellationToken;
    private long _evaluations;

    /// <param name="train">Rows S is drawn from.</param>
    /// <param name="validation">Rows the model is scored on.</param>
    /// <param name="createModel">Creates an untrained model.</param>
    /// <param name="metric">Validation metric.</param>
    /// <param name="cache">The run's shared cache.</param>
    /// <param name="contextKey">Content address of everything but the subset: dataset fingerprint, model id + parameters, metric, seed.</param>
    /// <param name="maxEvaluations">Evaluation budget, or null.</param>
    /// <param name="cancellationToken">Cancelled when the cell's time budget passes or the user stops.</param>
    public CachedUtility(SampleSet train, SampleSet validation, Func<IModel> createModel, string metric, UtilityCache cache, string contextKey, long? maxEvaluations, CancellationToken cancellationToken)
    {
        _train = train;
        _validation = validation;
        _createModel = createModel;
        Metric = metric;
        _cache = cache;
        _context = contextKey;
        _maxEvaluations = maxEvaluations;
        _cancellationToken = cancellationToken;
    }

    public string Metric { get; }

    public long Evaluations => Interlocked.Read(ref _evaluations);

    public double Evaluate(ReadOnlySpan<int> subset)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var used = Interlocked.Increment(ref _evaluations);
        if (_maxEvaluations is { } max && used > max)
        {
            Interlocked.Decrement(ref _evaluations);
            throw new UtilityBudgetExceededException(FormattableString.Invariant($"The utility evaluation budget of {max} is spent."));
        }

        var key = new SubsetKey(subset, _train.Count);
        return _cache.GetOrAdd(_context, key, Fit);
    }

    private double Fit(SubsetKey key)
    {
        var model = _createModel();
        model.Fit(_train, key.ToRows(), ReadOnlySpan<double>.Empty);
        return model.Score(_validation, Metric);
    }
}
