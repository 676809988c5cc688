using System.Globalization;

namespace SampleImportance.Sdk.Semivalues;

/// <summary>
/// Beta Shapley (Kwon &amp; Zou 2022, "Beta Shapley: a Unified and Noise-reduced Data Valuation Framework"):
/// w(n, k) = B(k + β, n − 1 − k + α) / B(α, β), pyDVL's <c>BetaShapleyValuation.log_coefficient</c> with j = k + 1.
/// Then C(n−1, k)·w(n, k) is the Beta-Binomial(n−1; β, α) probability of size k, so the weights sum to 1; Beta(1, 1)
/// is Shapley. α &gt; β shifts the weight to SMALL subsets, where one point's contribution is least drowned by the
/// others: the paper's recommended Beta(16, 1) puts most weight on k ≪ n (mean size (n−1)/17).
/// </summary>
public sealed class BetaShapleySemivalue : ISemivalue
{
    private readonly double _logNormaliser;

    /// <summary>Creates the weight.</summary>
    /// <param name="alpha">α &gt; 0; the paper's default is 16.</param>
    /// <param name="beta">β &gt; 0; the paper's default is 1.</param>
    public BetaShapleySemivalue(double alpha = 16, double beta = 1)
    {
        if (!(alpha > 0) || !double.IsFinite(alpha))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α must be a positive finite number.");
        }

        if (!(beta > 0) || !double.IsFinite(beta))
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "β must be a positive finite number.");
        }

        Alpha = alpha;
        Beta = beta;
        _logNormaliser = LogCombinatorics.LogBeta(alpha, beta);
    }

    /// <summary>α; larger values favour small subsets.</summary>
    public double Alpha { get; }

    /// <summary>β; larger values favour large subsets.</summary>
    public double Beta { get; }

    /// <inheritdoc/>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"beta-shapley({Alpha:G6},{Beta:G6})");

    /// <inheritdoc/>
    public double LogWeight(int playerCount, int subsetSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(playerCount, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(subsetSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(subsetSize, playerCount);
        return LogCombinatorics.LogBeta(subsetSize + Beta, playerCount - 1 - subsetSize + Alpha) - _logNormaliser;
    }
}
