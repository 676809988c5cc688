using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// Maximum sample reuse (Wang &amp; Jia 2023, "Data Banzhaf", Algorithm 1; pyDVL <c>MSRSampler</c>): S ⊆ N with every
/// player in independently with probability ½, evaluated once and used by all players; v(i) is the mean of U over the
/// draws containing i minus the mean over those without it. Given i ∈ S (or i ∉ S), S∖{i} is uniform on the subsets of
/// N∖{i}: P = 2^−(n−1), so Banzhaf has coefficient 1 and other semivalues are importance-weighted.
/// </summary>
public sealed class MaximumSampleReuseSampler : ISubsetSampler
{
    private readonly Random _random;

    /// <summary>Creates the sampler.</summary>
    /// <param name="random">The seeded source; the sampler is its only user.</param>
    public MaximumSampleReuseSampler(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <inheritdoc/>
    public string Name => "msr";

    /// <inheritdoc/>
    public int Next(int playerCount, Span<int> subset)
    {
        var size = 0;
        for (var player = 0; player < playerCount; player++)
        {
            if (_random.Next(2) == 1)
            {
                subset[size++] = player;
            }
        }

        return size;
    }

    /// <inheritdoc/>
    public double LogSubsetProbability(int playerCount, int subsetSize) =>
        LogCombinatorics.LogUniformSubsetProbability(playerCount);

    /// <inheritdoc/>
    public IEvaluationStrategy CreateStrategy(EvaluationSetup setup) => new SampleReuseStrategy(this, setup);
}
