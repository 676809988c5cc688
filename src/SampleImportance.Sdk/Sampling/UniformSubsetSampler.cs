using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// For each player i, S ⊆ N∖{i} with every other player in independently with probability ½ (pyDVL
/// <c>UniformSampler</c>): P(S) = 2^−(n−1), the Banzhaf weight, so it estimates Banzhaf values with coefficient 1.
/// </summary>
public sealed class UniformSubsetSampler : IPlayerSubsetSampler
{
    private readonly Random _random;

    /// <summary>Creates the sampler.</summary>
    /// <param name="random">The seeded source; the sampler is its only user.</param>
    public UniformSubsetSampler(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <inheritdoc/>
    public string Name => "uniform";

    /// <inheritdoc/>
    public int Next(int player, int playerCount, Span<int> subset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(player);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(player, playerCount);
        var size = 0;
        for (var other = 0; other < playerCount; other++)
        {
            // Draw for the valued player too, so each player's stream of coin flips has the same length.
            var coin = _random.Next(2) == 1;
            if (coin && other != player)
            {
                subset[size++] = other;
            }
        }

        return size;
    }

    /// <inheritdoc/>
    public double LogSubsetProbability(int playerCount, int subsetSize) =>
        LogCombinatorics.LogUniformSubsetProbability(playerCount);

    /// <inheritdoc/>
    public IEvaluationStrategy CreateStrategy(EvaluationSetup setup) => new PlayerSubsetStrategy(this, setup);
}
