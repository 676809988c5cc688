using SampleImportance.Plugins.Estimators.MonteCarlo;

namespace SampleImportance.Plugins.Estimators.Stopping;

/// <summary>Stops when any of its rules does, reporting the first one's reason.</summary>
internal sealed class AnyStoppingRule : IStoppingRule
{
    private readonly IStoppingRule[] _rules;

    public AnyStoppingRule(params IStoppingRule[] rules) => _rules = rules;

    public bool ShouldStop(ValueStatistics statistics, out string reason)
    {
        foreach (var rule in _rules)
        {
            if (rule.ShouldStop(statistics, out reason))
            {
                return true;
            }
        }

        reason = string.Empty;
        return false;
    }
}
