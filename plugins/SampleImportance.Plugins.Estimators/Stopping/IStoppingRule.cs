using SampleImportance.Plugins.Estimators.MonteCarlo;

namespace SampleImportance.Plugins.Estimators.Stopping;

/// <summary>Decides, between samples, whether a Monte Carlo estimate is good enough (pyDVL's stopping axis).</summary>
internal interface IStoppingRule
{
    /// <summary>True when sampling should stop; <paramref name="reason"/> then says why, for the result's notes.</summary>
    bool ShouldStop(ValueStatistics statistics, out string reason);
}
