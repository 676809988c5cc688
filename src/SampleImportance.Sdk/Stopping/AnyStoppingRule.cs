using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Sdk.Stopping;

/// <summary>Stops when any member does; every member is checked each time so stateful ones see every update.</summary>
internal sealed class AnyStoppingRule : StoppingRule
{
    private readonly StoppingRule[] _rules;

    public AnyStoppingRule(StoppingRule[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Length == 0 || Array.Exists(rules, r => r is null))
        {
            throw new ArgumentException("Expected at least one rule and no nulls.", nameof(rules));
        }

        _rules = [.. rules];
    }

    public override bool ShouldStop(MonteCarloState state, out string reason)
    {
        reason = string.Empty;
        var stop = false;
        foreach (var rule in _rules)
        {
            if (rule.ShouldStop(state, out var why) && !stop)
            {
                stop = true;
                reason = why;
            }
        }

        return stop;
    }

    public override double Completion(MonteCarloState state) => _rules.Max(r => r.Completion(state));
}
