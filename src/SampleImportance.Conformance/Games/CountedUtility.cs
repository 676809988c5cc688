using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Games;

/// <summary>
/// An <see cref="IUtility"/> that counts and polices evaluations the way the host does (its <c>CachedUtility</c>): a
/// cancelled token refuses the call with <see cref="OperationCanceledException"/>; a call past <see cref="Budget"/>
/// throws <see cref="UtilityBudgetExceededException"/> and is not counted. Refused calls are counted apart, so a check
/// can tell an estimator that stops at the budget from one that keeps asking.
/// </summary>
public abstract class CountedUtility : IUtility
{
    private long _evaluations;
    private long _refused;

    /// <summary>Creates the utility over <paramref name="playerCount"/> players.</summary>
    /// <param name="playerCount">Number of players (units).</param>
    /// <param name="metric">The metric this utility reports.</param>
    protected CountedUtility(int playerCount, MetricDescriptor metric)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(playerCount);
        PlayerCount = playerCount;
        Metric = metric;
    }

    /// <inheritdoc/>
    public MetricDescriptor Metric { get; }

    /// <inheritdoc/>
    public int PlayerCount { get; }

    /// <inheritdoc/>
    public long Evaluations => Interlocked.Read(ref _evaluations);

    /// <summary>Calls refused because the budget was spent or the token cancelled.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Evaluations allowed (null: unlimited); the call past it throws <see cref="UtilityBudgetExceededException"/>.</summary>
    public long? Budget { get; set; }

    /// <summary>The run's token: once cancelled, every call is refused, as the host's utility does.</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>Called with the number of evaluations done so far before each accepted evaluation (to cancel a run part-way).</summary>
    public Action<long>? BeforeEvaluate { get; set; }

    /// <inheritdoc/>
    public double Evaluate(ReadOnlySpan<int> units)
    {
        if (CancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _refused);
            CancellationToken.ThrowIfCancellationRequested();
        }

        // Units outside the players are refused before anything is counted, as the host does.
        foreach (var unit in units)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(unit);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unit, PlayerCount);
        }

        BeforeEvaluate?.Invoke(Evaluations);
        var used = Interlocked.Increment(ref _evaluations);
        if (Budget is { } budget && used > budget)
        {
            Interlocked.Decrement(ref _evaluations);
            Interlocked.Increment(ref _refused);
            throw new UtilityBudgetExceededException($"The utility evaluation budget of {budget} is spent.");
        }

        return Compute(units);
    }

    /// <summary>U(S); order and repeats in <paramref name="units"/> do not matter.</summary>
    /// <param name="units">Unit indices, each in [0, <see cref="PlayerCount"/>).</param>
    protected abstract double Compute(ReadOnlySpan<int> units);
}
