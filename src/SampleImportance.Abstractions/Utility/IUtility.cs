namespace SampleImportance.Abstractions;

/// <summary>
/// The utility U(S) of a subset S of units: the model fitted on the rows of S, scored on validation with
/// <see cref="Metric"/>, oriented so that higher is better (a lower-is-better metric enters negated). Built and
/// counted by the host; evaluations are cached by content and shared by every estimator in a run.
/// </summary>
public interface IUtility
{
    /// <summary>The validation metric.</summary>
    MetricDescriptor Metric { get; }

    /// <summary>Number of units (players): subsets index [0, PlayerCount).</summary>
    int PlayerCount { get; }

    /// <summary>Evaluations requested through this instance so far (cache hits included); the cost the host records.</summary>
    long Evaluations { get; }

    /// <summary>U(S). Order and repeats in <paramref name="units"/> do not matter. U(∅) is the score of an unfitted model.</summary>
    /// <param name="units">Unit indices.</param>
    /// <exception cref="UtilityBudgetExceededException">The run's evaluation budget is spent.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    double Evaluate(ReadOnlySpan<int> units);

    /// <summary>
    /// U(S) with S's model fitted from a warm start: the model fitted on <paramref name="startUnits"/> (fitted once and
    /// reused while the start stays the same). Meant for subsets near the start, such as leave-one-out's N ∖ {u}: the
    /// value matches <see cref="Evaluate"/> up to the model's convergence tolerance, is counted like any evaluation and is
    /// cached apart from cold values, so a cold value never depends on which warm fits ran before it. Callers use it only
    /// when the model declares <see cref="ModelCapabilities.WarmStart"/>; this default ignores the start.
    /// </summary>
    /// <param name="units">Unit indices of S.</param>
    /// <param name="startUnits">Unit indices of the subset whose fitted model S's fit starts from.</param>
    /// <exception cref="UtilityBudgetExceededException">The run's evaluation budget is spent.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    double EvaluateWarmStarted(ReadOnlySpan<int> units, ReadOnlySpan<int> startUnits) => Evaluate(units);
}
