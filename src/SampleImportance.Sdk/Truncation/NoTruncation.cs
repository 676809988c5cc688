namespace SampleImportance.Sdk.Truncation;

/// <summary>Never truncates: every prefix is evaluated and the estimate stays unbiased.</summary>
public sealed class NoTruncation : ITruncationRule
{
    /// <summary>The shared instance (the rule has no state).</summary>
    public static NoTruncation Instance { get; } = new();

    private NoTruncation()
    {
    }

    /// <inheritdoc/>
    public string Name => "none";

    /// <inheritdoc/>
    public bool IsEnabled => false;

    /// <inheritdoc/>
    public void Reset(double totalUtility)
    {
    }

    /// <inheritdoc/>
    public bool ShouldTruncate(double prefixUtility) => false;
}
