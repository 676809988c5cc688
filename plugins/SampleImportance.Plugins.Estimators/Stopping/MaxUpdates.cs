using System.Globalization;
using SampleImportance.Plugins.Estimators.MonteCarlo;

namespace SampleImportance.Plugins.Estimators.Stopping;

/// <summary>Stops after a fixed number of samples (permutations).</summary>
internal sealed class MaxUpdates : IStoppingRule
{
    private readonly int _max;

    public MaxUpdates(int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        _max = max;
    }

    public bool ShouldStop(ValueStatistics statistics, out string reason)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        reason = string.Create(CultureInfo.InvariantCulture, $"reached the maximum of {_max} permutations");
        return statistics.Updates >= _max;
    }
}
