using System.Globalization;
using SampleImportance.Sdk.Sampling;

namespace SampleImportance.Sdk.Stopping;

/// <summary>
/// Stops once, after at least <c>minimumUpdates</c> updates, the largest standard error over all players is at most
/// tolerance × the largest |value|: every value is then known to within a fraction of the values' own scale, whatever
/// the metric's units (a scale-free form of pyDVL's <c>AbsoluteStandardError</c>). An undefined (NaN) standard error
/// never counts as converged. A tolerance of 0 disables the rule. Defaults: tolerance 0.05, 30 updates.
/// </summary>
public sealed class StandardErrorConvergence : StoppingRule
{
    private readonly double _tolerance;
    private readonly long _minimum;

    /// <summary>Creates the rule.</summary>
    /// <param name="tolerance">Tolerance ≥ 0; default 0.05; 0 never stops.</param>
    /// <param name="minimumUpdates">Updates before the rule may stop (at least 2 are always required); default 30.</param>
    public StandardErrorConvergence(double tolerance = 0.05, long minimumUpdates = 30)
    {
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be a finite number ≥ 0.");
        }

        _tolerance = tolerance;
        _minimum = Math.Max(2, minimumUpdates);
    }

    /// <inheritdoc/>
    public override bool ShouldStop(MonteCarloState state, out string reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        reason = string.Empty;
        if (_tolerance <= 0 || state.Updates < _minimum)
        {
            return false;
        }

        double largestError = 0, scale = 0;
        for (var i = 0; i < state.PlayerCount; i++)
        {
            var error = state.StandardErrors[i];
            if (double.IsNaN(error))
            {
                return false;
            }

            largestError = Math.Max(largestError, error);
            scale = Math.Max(scale, Math.Abs(state.Values[i]));
        }

        if (largestError > _tolerance * scale)
        {
            return false;
        }

        reason = string.Create(
            CultureInfo.InvariantCulture,
            $"converged: largest standard error {largestError:G4} ≤ {_tolerance:G4} × largest |value| {scale:G4}");
        return true;
    }
}
