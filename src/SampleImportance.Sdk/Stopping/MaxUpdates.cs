using System.Globalization;
using SampleImportance.Sdk.Sampling;

namespace SampleImportance.Sdk.Stopping;

/// <summary>Stops after a number of updates: permutations, player sweeps or reused subsets (pyDVL <c>MaxUpdates</c>).</summary>
public sealed class MaxUpdates : StoppingRule
{
    private readonly long _maximum;
    private readonly string _unit;

    /// <summary>Creates the rule.</summary>
    /// <param name="maximum">Updates, at least 1.</param>
    /// <param name="unit">What an update is called in the note; default <c>updates</c> (tmc-shapley says <c>permutations</c>).</param>
    public MaxUpdates(long maximum, string unit = "updates")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        _maximum = maximum;
        _unit = unit;
    }

    /// <inheritdoc/>
    public override bool ShouldStop(MonteCarloState state, out string reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        var stop = state.Updates >= _maximum;
        reason = stop ? string.Create(CultureInfo.InvariantCulture, $"reached the maximum of {_maximum} {_unit}") : string.Empty;
        return stop;
    }

    /// <inheritdoc/>
    public override double Completion(MonteCarloState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Math.Min(1.0, (double)state.Updates / _maximum);
    }
}
