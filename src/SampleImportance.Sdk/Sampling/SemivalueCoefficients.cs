using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// Weights and Monte Carlo coefficients. A sampler that gives player i the context S with probability P(S) estimates
/// v(i) = Σ_S w(n, |S|)·Δᵢ(S) = E_{S∼P}[(w(n, |S|) / P(S))·Δᵢ(S)], so each observed marginal Δᵢ(S) = U(S ∪ {i}) − U(S) is
/// multiplied by the coefficient c(n, k) = w(n, k) / P(S) with k = |S| (pyDVL <c>EvaluationStrategy.log_correction</c> =
/// <c>log_coefficient − sampler.log_weight</c>). Concretely:
/// <list type="bullet">
/// <item>permutation and stratified samplers, P = 1/(n·C(n−1, k)): c = n·C(n−1, k)·w(n, k); 1 for Shapley;</item>
/// <item>uniform and maximum-sample-reuse samplers, P = 2^−(n−1): c = 2^(n−1)·w(n, k); 1 for Banzhaf.</item>
/// </list>
/// Computed as exp(ln w − ln P); when the semivalue is the sampler's own law both logs come from the same
/// <see cref="LogCombinatorics"/> expression, so the coefficient is exactly 1.
/// </summary>
public static class SemivalueCoefficients
{
    /// <summary>w(n, k) = exp(<see cref="ISemivalue.LogWeight"/>).</summary>
    /// <param name="semivalue">The semivalue.</param>
    /// <param name="playerCount">Players n.</param>
    /// <param name="subsetSize">k in [0, n−1].</param>
    public static double Weight(ISemivalue semivalue, int playerCount, int subsetSize)
    {
        ArgumentNullException.ThrowIfNull(semivalue);
        return Math.Exp(semivalue.LogWeight(playerCount, subsetSize));
    }

    /// <summary>c(n, k) = w(n, k) / P(S), the factor for a marginal contribution to a context of size k drawn by <paramref name="sampler"/>.</summary>
    /// <param name="semivalue">The semivalue.</param>
    /// <param name="sampler">The sampler.</param>
    /// <param name="playerCount">Players n.</param>
    /// <param name="subsetSize">k in [0, n−1].</param>
    public static double Coefficient(ISemivalue semivalue, ISampler sampler, int playerCount, int subsetSize)
    {
        ArgumentNullException.ThrowIfNull(semivalue);
        ArgumentNullException.ThrowIfNull(sampler);
        return Math.Exp(semivalue.LogWeight(playerCount, subsetSize) - sampler.LogSubsetProbability(playerCount, subsetSize));
    }

    /// <summary>c(n, k) for k = 0..n−1, computed once per run.</summary>
    /// <param name="semivalue">The semivalue.</param>
    /// <param name="sampler">The sampler.</param>
    /// <param name="playerCount">Players n ≥ 0.</param>
    /// <exception cref="ArgumentException">
    /// A coefficient overflows a double: the sampler almost never draws the sizes the semivalue weighs (e.g. Beta(16, 1)
    /// under uniform subsets, 2^(n−1)·w(n, 0), for a few thousand players), so no estimate would be usable. Use a
    /// sampler closer to the semivalue (stratified or permutation for Beta Shapley).
    /// </exception>
    public static double[] Table(ISemivalue semivalue, ISampler sampler, int playerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(playerCount);
        var table = new double[playerCount];
        for (var k = 0; k < playerCount; k++)
        {
            table[k] = Coefficient(semivalue, sampler, playerCount, k);
            if (!double.IsFinite(table[k]))
            {
                throw new ArgumentException(
                    $"The {sampler.Name} sampler cannot estimate {semivalue.Name} values for {playerCount} players: the importance weight of subsets of size {k} overflows. Use a sampler closer to the semivalue (stratified or permutation).",
                    nameof(sampler));
            }
        }

        return table;
    }
}
