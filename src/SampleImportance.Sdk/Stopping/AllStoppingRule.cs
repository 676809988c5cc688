using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Sdk.Stopping;

/// <summary>Stops when every member does; every member is checked each time so stateful ones see every update.</summary>
internal sealed class AllStoppingRule : StoppingRule
{
    private readonly StoppingRule[] _rules;

    public AllStoppingRule(StoppingRule[] rules)
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
        var reasons = new List<string>(_rules.Length);
        foreach (var rule in _rules)
        {
            if (rule.ShouldStop(state, out var why))
            {
                reasons.Add(why);
            }
        }

        var stop = reasons.Count == _rules.Length;
        reason = stop ? string.Join(" and ", reasons) : string.Empty;
        return stop;
    }

    public override double Completion(MonteCarloState state) => _rules.Min(r => r.Completion(state));
}
