namespace SampleImportance.Sdk.Stopping;

/// <summary>The members of <see cref="AnyStoppingRule"/> and <see cref="AllStoppingRule"/>, checked non-empty and non-null.</summary>
internal abstract class CompositeStoppingRule : StoppingRule
{
    protected CompositeStoppingRule(StoppingRule[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Length == 0 || Array.Exists(rules, r => r is null))
        {
            throw new ArgumentException("Expected at least one rule and no nulls.", nameof(rules));
        }

        Rules = [.. rules];
    }

    protected StoppingRule[] Rules { get; }
}
