namespace SampleImportance.Sdk.Semivalues;

/// <summary>
/// Logarithms of the gamma, beta and binomial functions, and of the two subset probabilities every sampler and
/// semivalue in the SDK is built from. Weights and sampling probabilities reach 1e±300 for a few thousand players,
/// so they are combined in log space (as pyDVL does) and exponentiated only once, as a ratio.
/// </summary>
public static class LogCombinatorics
{
    // Lanczos approximation, g = 7, nine coefficients (Numerical Recipes 3rd ed. §6.1 / Godfrey): relative error
    // below 1e-15 for positive arguments, which is ample for weights.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>ln Γ(<paramref name="x"/>) for x &gt; 0.</summary>
    /// <param name="x">A positive argument.</param>
    public static double LogGamma(double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        if (x < 0.5)
        {
            // Reflection keeps the series in its accurate range: Γ(x)Γ(1−x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return HalfLogTwoPi + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).</summary>
    /// <param name="a">A positive argument.</param>
    /// <param name="b">A positive argument.</param>
    public static double LogBeta(double a, double b) => LogGamma(a) + LogGamma(b) - LogGamma(a + b);

    /// <summary>ln C(n, k); 0 ≤ k ≤ n.</summary>
    /// <param name="n">Set size.</param>
    /// <param name="k">Subset size.</param>
    public static double LogBinomial(int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        if (k == 0 || k == n)
        {
            return 0;
        }

        return LogGamma(n + 1.0) - LogGamma(k + 1.0) - LogGamma(n - k + 1.0);
    }

    /// <summary>
    /// ln of 1 / (n·C(n−1, k)): the probability of one particular subset S ⊆ N∖{i} of size k when |S| is uniform on
    /// 0..n−1 and S is uniform given its size. It is the predecessor-set law of a uniform permutation and of the
    /// stratified sampler, and also the Shapley weight, which is why permutation sampling estimates Shapley directly.
    /// </summary>
    /// <param name="playerCount">Players n ≥ 1.</param>
    /// <param name="subsetSize">|S| in [0, n−1].</param>
    public static double LogUniformSizeProbability(int playerCount, int subsetSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(playerCount, 1);
        return -(Math.Log(playerCount) + LogBinomial(playerCount - 1, subsetSize));
    }

    /// <summary>
    /// ln of 2^−(n−1): the probability of one particular subset of N∖{i} when every other player is in with
    /// probability ½. It is the law of the uniform and maximum-sample-reuse samplers, and also the Banzhaf weight.
    /// </summary>
    /// <param name="playerCount">Players n ≥ 1.</param>
    public static double LogUniformSubsetProbability(int playerCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(playerCount, 1);
        return -(playerCount - 1) * Math.Log(2);
    }
}
