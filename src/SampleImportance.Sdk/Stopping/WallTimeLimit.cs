using System.Globalization;
using SampleImportance.Sdk.Sampling;

namespace SampleImportance.Sdk.Stopping;

/// <summary>
/// Stops once a wall-clock time has passed since the rule was first checked (the start of the run), measured by a
/// <see cref="TimeProvider"/> so tests can drive the clock (pyDVL <c>MaxTime</c>). Checked between updates: the
/// last update may overrun. The host's own time budget cancels the run's token instead.
/// </summary>
public sealed class WallTimeLimit : StoppingRule
{
    private readonly TimeSpan _limit;
    private readonly TimeProvider _time;
    private long? _start;

    /// <summary>Creates the rule.</summary>
    /// <param name="limit">A positive duration.</param>
    /// <param name="timeProvider">The clock; default <see cref="TimeProvider.System"/>.</param>
    public WallTimeLimit(TimeSpan limit, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
        _limit = limit;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override bool ShouldStop(MonteCarloState state, out string reason)
    {
        var elapsed = Elapsed();
        var stop = elapsed >= _limit;
        reason = stop
            ? string.Create(CultureInfo.InvariantCulture, $"ran for {elapsed.TotalSeconds:G4} s, reaching the limit of {_limit.TotalSeconds:G4} s")
            : string.Empty;
        return stop;
    }

    /// <inheritdoc/>
    public override double Completion(MonteCarloState state) => Math.Min(1.0, Elapsed() / _limit);

    private TimeSpan Elapsed()
    {
        _start ??= _time.GetTimestamp();
        return _time.GetElapsedTime(_start.Value);
    }
}
