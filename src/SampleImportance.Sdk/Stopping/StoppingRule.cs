using SampleImportance.Sdk.Sampling;

namespace SampleImportance.Sdk.Stopping;

/// <summary>
/// The stopping axis (pyDVL <c>valuation/stopping.py</c>): decides, before each update, whether the estimate is good
/// enough, and says why. Rules compose with <see cref="Any"/> / <see cref="All"/> or <c>|</c> / <c>&amp;</c>; composites
/// check every member each time, so rules that keep history see every update. Rules may keep state: use a fresh
/// instance per run.
/// </summary>
public abstract class StoppingRule
{
    /// <summary>True when sampling should stop; <paramref name="reason"/> then says why, for the result's notes.</summary>
    /// <param name="state">The estimate after the latest update (no updates on the first call).</param>
    /// <param name="reason">Why it stopped; empty when it did not.</param>
    public abstract bool ShouldStop(MonteCarloState state, out string reason);

    /// <summary>Progress towards stopping in [0, 1], for progress reports; 0 when the rule cannot tell (the default).</summary>
    /// <param name="state">The estimate after the latest update.</param>
    public virtual double Completion(MonteCarloState state) => 0;

    /// <summary>Stops as soon as any rule does, with the first (in order) stopping rule's reason; completion is the largest.</summary>
    /// <param name="rules">The rules.</param>
    public static StoppingRule Any(params StoppingRule[] rules) => new AnyStoppingRule(rules);

    /// <summary>Stops once every rule does, with their reasons joined; completion is the smallest.</summary>
    /// <param name="rules">The rules.</param>
    public static StoppingRule All(params StoppingRule[] rules) => new AllStoppingRule(rules);

    /// <summary>Same as <see cref="Any"/>(left, right).</summary>
    /// <param name="left">A rule.</param>
    /// <param name="right">A rule.</param>
    public static StoppingRule operator |(StoppingRule left, StoppingRule right) => Any(left, right);

    /// <summary>Same as <see cref="All"/>(left, right).</summary>
    /// <param name="left">A rule.</param>
    /// <param name="right">A rule.</param>
    public static StoppingRule operator &(StoppingRule left, StoppingRule right) => All(left, right);

    /// <summary>Same as <c>this | other</c>.</summary>
    /// <param name="other">A rule.</param>
    public StoppingRule BitwiseOr(StoppingRule other) => Any(this, other);

    /// <summary>Same as <c>this &amp; other</c>.</summary>
    /// <param name="other">A rule.</param>
    public StoppingRule BitwiseAnd(StoppingRule other) => All(this, other);
}
