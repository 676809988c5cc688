namespace SampleImportance.Sdk.Semivalues;

/// <summary>
/// Shapley: w(n, k) = 1 / (n·C(n−1, k)) (Shapley 1953; Ghorbani &amp; Zou 2019 "Data Shapley"). Every subset size
/// carries the same total weight 1/n.
/// </summary>
public sealed class ShapleySemivalue : ISemivalue
{
    /// <summary>The shared instance (the weight has no parameters).</summary>
    public static ShapleySemivalue Instance { get; } = new();

    private ShapleySemivalue()
    {
    }

    /// <inheritdoc/>
    public string Name => "shapley";

    /// <inheritdoc/>
    public double LogWeight(int playerCount, int subsetSize) =>
        LogCombinatorics.LogUniformSizeProbability(playerCount, subsetSize);
}
