namespace SampleImportance.Sdk.Stopping;

/// <summary>Stops when every member does; every member is checked each time so stateful ones see every update.</summary>
internal sealed class AllStoppingRule(StoppingRule[] rules) : CompositeStoppingRule(rules)
{
    public override bool ShouldStop(MonteCarloState state, out string reason)
    {
        var reasons = new List<string>(Rules.Length);
        foreach (var rule in Rules)
        {
            if (rule.ShouldStop(state, out var why))
            {
                reasons.Add(why);
            }
        }

        var stop = reasons.Count == Rules.Length;
        reason = stop ? string.Join(" and ", reasons) : string.Empty;
        return stop;
    }

    public override double Completion(MonteCarloState state) => Rules.Min(r => r.Completion(state));
}
