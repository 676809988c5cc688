using System.Globalization;
using SampleImportance.Plugins.Estimators.MonteCarlo;

namespace SampleImportance.Plugins.Estimators.Stopping;

/// <summary>
/// Stops once, after at least <c>minimum</c> samples, the largest standard error over all rows is at most
/// tolerance × the largest |running mean|: every value is then known to within a fraction of the scale of the
/// values themselves, whatever the metric's units. A tolerance of 0 disables the rule.
/// </summary>
internal sealed class StandardErrorConvergence : IStoppingRule
{
    private readonly double _tolerance;
    private readonly int _minimum;

    public StandardErrorConvergence(double tolerance, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        _tolerance = tolerance;
        _minimum = Math.Max(2, minimum);
    }

    public bool ShouldStop(ValueStatistics statistics, out string reason)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        reason = string.Empty;
        if (_tolerance <= 0 || statistics.Updates < _minimum)
        {
            return false;
        }

        double largestError = 0, scale = 0;
        for (var i = 0; i < statistics.Length; i++)
        {
            largestError = Math.Max(largestError, statistics.StandardError(i));
            scale = Math.Max(scale, Math.Abs(statistics.Means[i]));
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
