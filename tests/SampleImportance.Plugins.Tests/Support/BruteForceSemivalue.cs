using SampleImportance.Conformance.Games;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Exact semivalues by enumerating every subset: vᵢ = Σ_{S ⊆ N∖i} w(n, |S|)·(U(S ∪ i) − U(S)).</summary>
internal static class BruteForceSemivalue
{
    /// <summary>The values under the per-subset weight <paramref name="weight"/>(n, |S|), enumerated by the conformance kit.</summary>
    public static double[] Values(int n, Func<int[], double> utility, Func<int, int, double> weight)
    {
        if (n > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "Enumeration is for tiny n only.");
        }

        return ExactValues.Semivalue(n, utility, weight);
    }

    /// <summary>Banzhaf: every subset of the others weighs 1/2^(n−1).</summary>
    public static double[] Banzhaf(int n, Func<int[], double> utility) => Values(n, utility, ExactValues.BanzhafWeight);

    /// <summary>
    /// Beta Shapley for integer α, β straight from Kwon &amp; Zou 2022: ψ(i) = (1/n)·Σ_j C(n−1, j−1)·w(j)·Δ_j(i), with Δ_j the
    /// mean marginal contribution over the subsets S of size j − 1, and w(j) = n·∫ t^(j−1)(1−t)^(n−j)·Beta(t; α, β) dt
    /// = n·B(j + β − 1, n − j + α)/B(α, β) (their eq. 3), so one subset S weighs w(|S| + 1)/n. Factorials rather than the
    /// SDK's log-gamma, so this is an independent computation.
    /// </summary>
    public static double[] PaperBetaShapley(int n, Func<int[], double> utility, int alpha, int beta) =>
        Values(n, utility, (players, size) => PaperBetaWeight(players, size + 1, alpha, beta) / players);

    /// <summary>The paper's w_{α,β}(j) = n·B(j + β − 1, n − j + α)/B(α, β) for cardinality j in 1..n.</summary>
    public static double PaperBetaWeight(int n, int j, int alpha, int beta) =>
        n * BetaFunction(j + beta - 1, n - j + alpha) / BetaFunction(alpha, beta);

    // B(a, b) = (a − 1)!(b − 1)!/(a + b − 1)! for positive integers.
    private static double BetaFunction(int a, int b) => Factorial(a - 1) * Factorial(b - 1) / Factorial(a + b - 1);

    private static double Factorial(int k)
    {
        var f = 1.0;
        for (var i = 2; i <= k; i++)
        {
            f *= i;
        }

        return f;
    }
}
