using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// Uniform random permutations by Fisher–Yates (pyDVL <c>PermutationSampler</c>). A player's predecessors S have
/// P(S) = 1 / (n·C(n−1, |S|)), the Shapley weight, so permutation sampling estimates Shapley values with
/// coefficient 1 and other semivalues by importance weighting.
/// </summary>
public sealed class PermutationSampler : IPermutationSampler
{
    private readonly Random _random;

    /// <summary>Creates the sampler.</summary>
    /// <param name="random">The seeded source; the sampler is its only user.</param>
    public PermutationSampler(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <inheritdoc/>
    public string Name => "permutation";

    /// <inheritdoc/>
    public void Next(Span<int> permutation) => Shuffle(_random, permutation);

    /// <inheritdoc/>
    public double LogSubsetProbability(int playerCount, int subsetSize) =>
        LogCombinatorics.LogUniformSizeProbability(playerCount, subsetSize);

    /// <inheritdoc/>
    public IEvaluationStrategy CreateStrategy(EvaluationSetup setup) => new PermutationStrategy(this, setup);

    /// <summary>Fills <paramref name="permutation"/> with 0..length−1 in uniform random order.</summary>
    internal static void Shuffle(Random random, Span<int> permutation)
    {
        for (var i = 0; i < permutation.Length; i++)
        {
            permutation[i] = i;
        }

        for (var i = permutation.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (permutation[i], permutation[j]) = (permutation[j], permutation[i]);
        }
    }
}
