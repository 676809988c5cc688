namespace SampleImportance.Sdk.Stopping;

/// <summary>
/// The estimate as stopping rules see it, after each update. <see cref="MonteCarlo.SemivalueMonteCarlo"/> records into one
/// instance per run; rules that need history (rank stability, the TMC convergence rule) copy what they need.
/// </summary>
public sealed class MonteCarloState
{
    private readonly double[] _values;
    private readonly double[] _standardErrors;

    /// <summary>Creates a state with no updates, values 0 and standard errors NaN.</summary>
    /// <param name="playerCount">Players n.</param>
    public MonteCarloState(int playerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(playerCount);
        _values = new double[playerCount];
        _standardErrors = new double[playerCount];
        Array.Fill(_standardErrors, double.NaN);
    }

    /// <summary>Players n.</summary>
    public int PlayerCount => _values.Length;

    /// <summary>Completed updates (permutations, player sweeps or reused subsets).</summary>
    public long Updates { get; private set; }

    /// <summary>Utility evaluations this run has requested (cache hits included), as the utility counts them.</summary>
    public long UtilityEvaluations { get; private set; }

    /// <summary>The current value of each player.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The current standard error of each player; NaN where not yet defined.</summary>
    public ReadOnlySpan<double> StandardErrors => _standardErrors;

    /// <summary>Records the estimate after an update. The runner calls it; tests and custom runners may too.</summary>
    /// <param name="updates">Completed updates.</param>
    /// <param name="utilityEvaluations">Utility evaluations so far.</param>
    /// <param name="values">One value per player.</param>
    /// <param name="standardErrors">One standard error per player.</param>
    public void Record(long updates, long utilityEvaluations, ReadOnlySpan<double> values, ReadOnlySpan<double> standardErrors)
    {
        if (values.Length != PlayerCount || standardErrors.Length != PlayerCount)
        {
            throw new ArgumentException("Expected one value and one standard error per player.", nameof(values));
        }

        Updates = updates;
        UtilityEvaluations = utilityEvaluations;
        values.CopyTo(_values);
        standardErrors.CopyTo(_standardErrors);
    }
}
