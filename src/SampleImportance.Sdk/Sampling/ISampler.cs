namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// The sampling axis (pyDVL <c>valuation/samplers</c>): which subsets of players the Monte Carlo runner evaluates.
/// A sampler draws from a seeded <see cref="Random"/> passed to it, so the same seed gives the same draws. Each family
/// (<see cref="IPermutationSampler"/>, <see cref="IPlayerSubsetSampler"/>, <see cref="ISubsetSampler"/>) says how its
/// draws become marginal contributions through <see cref="CreateStrategy"/>.
/// </summary>
public interface ISampler
{
    /// <summary>Short name for notes, e.g. <c>permutation</c>.</summary>
    string Name { get; }

    /// <summary>
    /// ln P(S): the probability that one draw gives a player i one particular context S ⊆ N∖{i} of size k. The
    /// runner importance-weights each marginal contribution by w(n, k) / P(S) (see <see cref="SemivalueCoefficients"/>).
    /// </summary>
    /// <param name="playerCount">Players n ≥ 1.</param>
    /// <param name="subsetSize">k = |S| in [0, n−1].</param>
    double LogSubsetProbability(int playerCount, int subsetSize);

    /// <summary>Creates the strategy that draws from this sampler, evaluates the draws and accumulates the estimate.</summary>
    /// <param name="setup">Utility, semivalue and truncation rule.</param>
    IEvaluationStrategy CreateStrategy(EvaluationSetup setup);
}
