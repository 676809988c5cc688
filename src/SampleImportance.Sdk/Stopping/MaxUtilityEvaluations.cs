using System.Globalization;

namespace SampleImportance.Sdk.Stopping;

/// <summary>
/// Stops once the run has requested a number of utility evaluations (cache hits included). Checked between updates,
/// so the last update may pass the cap by up to one update's evaluations; the host's hard budget
/// (<see cref="Abstractions.EstimationBudget.MaxUtilityEvaluations"/>) is the exact limit.
/// </summary>
public sealed class MaxUtilityEvaluations : StoppingRule
{
    private readonly long _maximum;

    /// <summary>Creates the rule.</summary>
    /// <param name="maximum">Evaluations, at least 1.</param>
    public MaxUtilityEvaluations(long maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        _maximum = maximum;
    }

    /// <inheritdoc/>
    public override bool ShouldStop(MonteCarloState state, out string reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        var stop = state.UtilityEvaluations >= _maximum;
        reason = stop
            ? string.Create(CultureInfo.InvariantCulture, $"used {state.UtilityEvaluations} utility evaluations, reaching the maximum of {_maximum}")
            : string.Empty;
        return stop;
    }

    /// <inheritdoc/>
    public override double Completion(MonteCarloState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Math.Min(1.0, (double)state.UtilityEvaluations / _maximum);
    }
}
