using System.Globalization;
using SampleImportance.Sdk.Sampling;

namespace SampleImportance.Sdk.Stopping;

/// <summary>
/// Stops once the Spearman rank correlation between the values now and <c>lag</c> updates ago is at least a threshold:
/// the ranking, which is what data valuation is mostly used for, has stopped moving (in the spirit of pyDVL's
/// <c>RankCorrelation</c>, which compares successive checks). Undefined correlations (constant values) never stop.
/// Keeps lag + 1 value vectors. Defaults: lag 10, threshold 0.99.
/// </summary>
public sealed class RankStability : StoppingRule
{
    private readonly int _lag;
    private readonly double _threshold;
    private readonly ValueHistory _history;

    /// <summary>Creates the rule.</summary>
    /// <param name="lag">Updates between the compared value vectors, at least 1; default 10.</param>
    /// <param name="threshold">Correlation in [−1, 1] to reach; default 0.99.</param>
    public RankStability(int lag = 10, double threshold = 0.99)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lag, 1);
        if (!(threshold >= -1 && threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must lie in [−1, 1].");
        }

        _lag = lag;
        _threshold = threshold;
        _history = new ValueHistory(lag + 1);
    }

    /// <inheritdoc/>
    public override bool ShouldStop(MonteCarloState state, out string reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        reason = string.Empty;
        _history.Record(state);
        if (_history.Count <= _lag)
        {
            return false;
        }

        var rho = Spearman.Correlation(_history.Back(0), _history.Back(_lag));
        if (!(rho >= _threshold))
        {
            return false;
        }

        reason = string.Create(
            CultureInfo.InvariantCulture,
            $"ranks are stable: Spearman {rho:G4} ≥ {_threshold:G4} between the values now and {_lag} updates ago");
        return true;
    }
}
