namespace SampleImportance.Abstractions;

/// <summary>Limits on one estimator run. Null means unlimited.</summary>
/// <param name="MaxSeconds">Wall-clock limit; the host cancels the run's token when it passes.</param>
/// <param name="MaxUtilityEvaluations">Limit on <see cref="IUtility.Evaluate"/> calls; the call past it throws <see cref="UtilityBudgetExceededException"/>.</param>
public sealed record EstimationBudget(double? MaxSeconds = null, long? MaxUtilityEvaluations = null)
{
    /// <summary>No limits.</summary>
    public static EstimationBudget Unlimited { get; } = new();
}
