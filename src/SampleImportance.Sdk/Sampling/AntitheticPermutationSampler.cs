using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// Antithetic permutations (Mitchell et al. 2022, "Sampling Permutations for Shapley Value Estimation"; pyDVL
/// <c>AntitheticPermutationSampler</c>): every other draw is the previous permutation reversed, so a player early in
/// one is late in the next and the pair's contributions are negatively correlated. Each draw is still uniform, so
/// the estimator is unbiased; the reported standard errors treat draws as independent and are therefore conservative.
/// </summary>
public sealed class AntitheticPermutationSampler : IPermutationSampler
{
    private readonly Random _random;
    private int[] _last = [];
    private bool _reverseNext;

    /// <summary>Creates the sampler.</summary>
    /// <param name="random">The seeded source; the sampler is its only user.</param>
    public AntitheticPermutationSampler(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <inheritdoc/>
    public string Name => "antithetic-permutation";

    /// <inheritdoc/>
    public void Next(Span<int> permutation)
    {
        if (_reverseNext && _last.Length == permutation.Length)
        {
            _last.CopyTo(permutation);
            permutation.Reverse();
            _reverseNext = false;
            return;
        }

        PermutationSampler.Shuffle(_random, permutation);
        if (_last.Length != permutation.Length)
        {
            _last = new int[permutation.Length];
        }

        permutation.CopyTo(_last);
        _reverseNext = true;
    }

    /// <inheritdoc/>
    public double LogSubsetProbability(int playerCount, int subsetSize) =>
        LogCombinatorics.LogUniformSizeProbability(playerCount, subsetSize);

    /// <inheritdoc/>
    public IEvaluationStrategy CreateStrategy(EvaluationSetup setup) => new PermutationStrategy(this, setup);
}
