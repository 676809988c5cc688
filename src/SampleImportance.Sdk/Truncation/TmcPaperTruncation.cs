using System.Globalization;

namespace SampleImportance.Sdk.Truncation;

/// <summary>
/// The truncation of the original TMC-Shapley code (Ghorbani &amp; Zou 2019, <c>DShap.one_iteration</c>): count the
/// consecutive prefixes with |U(S) − U(N)| ≤ tolerance·|U(N)|, reset the count on any prefix outside, and skip the
/// rest of the permutation once the count exceeds <c>patience</c> (the code's <c>truncation_counter &gt; 5</c>). Unlike
/// <see cref="RelativeTruncation"/>, one lucky prefix does not end the walk.
/// <para>
/// The paper compares with the mean of U(N) over 100 bootstrap resamples of the validation rows. An
/// <see cref="Abstractions.IUtility"/> returns one cached, deterministic score, so resampling its rows is not possible
/// from here; U(N) itself stands in for that mean (the bootstrap's spread, <c>self.tol</c>, is computed but unused
/// by the original truncation when a tolerance is given), and |U(N)| keeps the rule meaningful for negated
/// lower-is-better metrics. Defaults: tolerance 0.01 (the code's default), patience 5.
/// </para>
/// </summary>
public sealed class TmcPaperTruncation : ITruncationRule
{
    private readonly double _tolerance;
    private readonly int _patience;
    private double _total;
    private int _streak;

    /// <summary>Creates the rule.</summary>
    /// <param name="tolerance">Relative tolerance ≥ 0; default 0.01 (Ghorbani &amp; Zou).</param>
    /// <param name="patience">Consecutive in-tolerance prefixes tolerated before truncating; default 5.</param>
    public TmcPaperTruncation(double tolerance = 0.01, int patience = 5)
    {
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be a finite number ≥ 0.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        _tolerance = tolerance;
        _patience = patience;
    }

    /// <summary>The relative tolerance.</summary>
    public double Tolerance => _tolerance;

    /// <summary>Consecutive in-tolerance prefixes tolerated before truncating.</summary>
    public int Patience => _patience;

    /// <inheritdoc/>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"TMC paper (tolerance {_tolerance:G4}, after {_patience + 1} consecutive prefixes)");

    /// <inheritdoc/>
    public bool IsEnabled => true;

    /// <inheritdoc/>
    public void Reset(double totalUtility)
    {
        _total = totalUtility;
        _streak = 0;
    }

    /// <inheritdoc/>
    public bool ShouldTruncate(double prefixUtility)
    {
        if (Math.Abs(prefixUtility - _total) <= _tolerance * Math.Abs(_total))
        {
            _streak++;
            return _streak > _patience;
        }

        _streak = 0;
        return false;
    }
}
