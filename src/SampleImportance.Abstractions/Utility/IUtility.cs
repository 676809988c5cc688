namespace SampleImportance.Abstractions;

/// <summary>
/// The utility U(S) of a subset S of training rows: the model trained on S, scored on validation with
/// <see cref="Metric"/>. Evaluations are cached by content and shared by every estimator in a run.
/// </summary>
public interface IUtility
{
    /// <summary>The validation metric, e.g. <c>accuracy</c>.</summary>
    string Metric { get; }

    /// <summary>Evaluations requested through this instance so far (cache hits included).</summary>
    long Evaluations { get; }

    /// <summary>U(S). Order and repeats in <paramref name="subset"/> do not matter. U(∅) is the metric of an untrained model.</summary>
    /// <param name="subset">Training row indices.</param>
    /// <exception cref="UtilityBudgetExceededException">The run's evaluation budget is spent.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    double Evaluate(ReadOnlySpan<int> subset);
}
