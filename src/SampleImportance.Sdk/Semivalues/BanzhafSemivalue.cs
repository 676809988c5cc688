namespace SampleImportance.Sdk.Semivalues;

/// <summary>
/// Banzhaf: w(n, k) = 1 / 2^(n−1), every subset of the other players alike (Banzhaf 1965; Wang &amp; Jia 2023
/// "Data Banzhaf", who show it is the most robust semivalue to noisy utilities).
/// </summary>
public sealed class BanzhafSemivalue : ISemivalue
{
    /// <summary>The shared instance (the weight has no parameters).</summary>
    public static BanzhafSemivalue Instance { get; } = new();

    private BanzhafSemivalue()
    {
    }

    /// <inheritdoc/>
    public string Name => "banzhaf";

    /// <inheritdoc/>
    public double LogWeight(int playerCount, int subsetSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(subsetSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(subsetSize, playerCount);
        return LogCombinatorics.LogUniformSubsetProbability(playerCount);
    }
}
