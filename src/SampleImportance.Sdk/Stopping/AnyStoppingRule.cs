namespace SampleImportance.Sdk.Stopping;

/// <summary>Stops when any member does; every member is checked each time so stateful ones see every update.</summary>
internal sealed class AnyStoppingRule(StoppingRule[] rules) : CompositeStoppingRule(rules)
{
    public override bool ShouldStop(MonteCarloState state, out string reason)
    {
        reason = string.Empty;
        var stop = false;
        foreach (var rule in Rules)
        {
            if (rule.ShouldStop(state, out var why) && !stop)
            {
                stop = true;
                reason = why;
            }
        }

        return stop;
    }

    public override double Completion(MonteCarloState state) => Rules.Max(r => r.Completion(state));
}
