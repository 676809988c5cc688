using System.Globalization;

namespace SampleImportance.Sdk.Truncation;

/// <summary>
/// Truncates as soon as one prefix S has |U(N) − U(S)| ≤ tolerance·|U(N)| (pyDVL <c>RelativeTruncation</c>). A tolerance
/// of 0 disables it: stopping at exact equality would still bias utilities that go back and forth (a KNN likelihood
/// does). Default tolerance: 0 (off).
/// </summary>
public sealed class RelativeTruncation : ITruncationRule
{
    private readonly double _tolerance;
    private double _total;

    /// <summary>Creates the rule.</summary>
    /// <param name="tolerance">Relative tolerance ≥ 0; 0 (the default) never truncates.</param>
    public RelativeTruncation(double tolerance = 0)
    {
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be a finite number ≥ 0.");
        }

        _tolerance = tolerance;
    }

    /// <summary>The relative tolerance.</summary>
    public double Tolerance => _tolerance;

    /// <inheritdoc/>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"relative (tolerance {_tolerance:G4})");

    /// <inheritdoc/>
    public bool IsEnabled => _tolerance > 0;

    /// <inheritdoc/>
    public void Reset(double totalUtility) => _total = totalUtility;

    /// <inheritdoc/>
    public bool ShouldTruncate(double prefixUtility) =>
        IsEnabled && Math.Abs(_total - prefixUtility) <= _tolerance * Math.Abs(_total);
}
