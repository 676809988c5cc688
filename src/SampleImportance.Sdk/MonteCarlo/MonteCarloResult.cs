namespace SampleImportance.Sdk.MonteCarlo;

/// <summary>What <see cref="SemivalueMonteCarlo.Run"/> produced and why it stopped.</summary>
public sealed class MonteCarloResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="values">One value per player.</param>
    /// <param name="standardErrors">One standard error per player (NaN where undefined).</param>
    /// <param name="updates">Completed updates.</param>
    /// <param name="utilityEvaluations">Utility evaluations the run requested.</param>
    /// <param name="truncatedContributions">Contributions set to 0 by truncation.</param>
    /// <param name="stopReason">Why sampling ended.</param>
    /// <param name="interruption">The budget or cancellation exception that ended the run early, or null.</param>
    public MonteCarloResult(
        IReadOnlyList<double> values,
        IReadOnlyList<double> standardErrors,
        long updates,
        long utilityEvaluations,
        long truncatedContributions,
        string stopReason,
        OperationCanceledException? interruption)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(standardErrors);
        ArgumentNullException.ThrowIfNull(stopReason);
        Values = values;
        StandardErrors = standardErrors;
        Updates = updates;
        UtilityEvaluations = utilityEvaluations;
        TruncatedContributions = truncatedContributions;
        StopReason = stopReason;
        Interruption = interruption;
    }

    /// <summary>One value per player: the estimate over the completed updates (0 for all when there were none).</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>One standard error per player; NaN where fewer than two observations back it.</summary>
    public IReadOnlyList<double> StandardErrors { get; }

    /// <summary>Completed updates: permutations, player sweeps or reused subsets.</summary>
    public long Updates { get; }

    /// <summary>Utility evaluations the run requested (cache hits included), including those of a dropped partial update.</summary>
    public long UtilityEvaluations { get; }

    /// <summary>Marginal contributions set to 0 by truncation instead of being evaluated.</summary>
    public long TruncatedContributions { get; }

    /// <summary>Why sampling ended: a stopping rule's note, or the interruption.</summary>
    public string StopReason { get; }

    /// <summary>
    /// The <see cref="Abstractions.UtilityBudgetExceededException"/> or cancellation that ended the run before a stopping rule
    /// did, or null. The estimate covers the updates completed before it; the caller decides whether that is enough
    /// (e.g. rethrow when <see cref="Updates"/> is 0).
    /// </summary>
    public OperationCanceledException? Interruption { get; }

    /// <summary>True when all standard errors are defined (at least two observations each).</summary>
    public bool HasStandardErrors => StandardErrors.All(double.IsFinite);
}
