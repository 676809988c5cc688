using System.Globalization;
using SampleImportance.Sdk.Sampling;

namespace SampleImportance.Sdk.Stopping;

/// <summary>
/// The convergence rule of TMC-Shapley (Ghorbani &amp; Zou 2019, §3: stop when "the average absolute change in values
/// over the last 100 iterations" is under 5%), as in the original code (<c>shap_utils.error</c>): with v⁽ᵗ⁾ the values
/// after update t, stop once, over the last <c>window</c> updates s, max_s mean_i |v⁽ˢ⁾ᵢ − v⁽ᵗ⁾ᵢ| / (|v⁽ᵗ⁾ᵢ| + 10⁻¹²) &lt;
/// tolerance. It needs <c>window</c> updates first and keeps that many value vectors. Values near 0 inflate the ratio,
/// so the rule can be slow to fire on data with many null players; pyDVL keeps it for reproducing the paper
/// (<c>HistoryDeviation</c>). Defaults: tolerance 0.05, window 100.
/// </summary>
public sealed class TmcPaperConvergence : StoppingRule
{
    private const double Epsilon = 1e-12;
    private readonly double _tolerance;
    private readonly int _window;
    private readonly ValueHistory _history;

    /// <summary>Creates the rule.</summary>
    /// <param name="tolerance">Mean relative change to stay under; default 0.05; 0 never stops.</param>
    /// <param name="window">Updates compared, at least 2; default 100.</param>
    public TmcPaperConvergence(double tolerance = 0.05, int window = 100)
    {
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be a finite number ≥ 0.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        _tolerance = tolerance;
        _window = window;
        _history = new ValueHistory(window);
    }

    /// <inheritdoc/>
    public override bool ShouldStop(MonteCarloState state, out string reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        reason = string.Empty;
        _history.Record(state);
        if (_tolerance <= 0 || state.Updates < _window || _history.Count < _window || state.PlayerCount == 0)
        {
            return false;
        }

        var now = _history.Back(0);
        var largest = 0.0;
        for (var back = 1; back < _window; back++)
        {
            var then = _history.Back(back);
            var sum = 0.0;
            for (var i = 0; i < now.Length; i++)
            {
                sum += Math.Abs(then[i] - now[i]) / (Math.Abs(now[i]) + Epsilon);
            }

            largest = Math.Max(largest, sum / now.Length);
        }

        if (!(largest < _tolerance))
        {
            return false;
        }

        reason = string.Create(
            CultureInfo.InvariantCulture,
            $"converged (TMC paper rule): mean relative change {largest:G4} < {_tolerance:G4} over the last {_window} updates");
        return true;
    }
}
