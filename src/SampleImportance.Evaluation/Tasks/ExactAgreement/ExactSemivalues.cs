using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>Exact Shapley and Banzhaf values of a game with few players, from its utility on every subset.</summary>
internal static class ExactSemivalues
{
    /// <summary>The most players enumerated: 2^12 = 4096 subsets, each one model fit.</summary>
    public const int MaxPlayers = 12;

    /// <summary>U(S) for every subset S, indexed by its bit mask (bit i = player i).</summary>
    public static double[] Enumerate(IUtility utility, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utility);
        var n = utility.PlayerCount;
        if (n > MaxPlayers)
        {
            throw new ArgumentException($"Enumerating {n} players is beyond the limit of {MaxPlayers}.", nameof(utility));
        }

        var values = new double[1 << n];
        var members = new List<int>(n);
        for (var mask = 0; mask < values.Length; mask++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            members.Clear();
            for (var i = 0; i < n; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    members.Add(i);
                }
            }

            values[mask] = utility.Evaluate(members.ToArray());
        }

        return values;
    }

    /// <summary>
    /// φ_i = Σ_{S ⊆ N∖{i}} w(|S|)·(U(S ∪ {i}) − U(S)), with Shapley's w(s) = s!(n−s−1)!/n! or Banzhaf's w = 1/2^(n−1).
    /// </summary>
    /// <param name="game">U by subset mask, 2^n entries.</param>
    /// <param name="banzhaf">Banzhaf weights instead of Shapley's.</param>
    public static double[] Values(IReadOnlyList<double> game, bool banzhaf)
    {
        ArgumentNullException.ThrowIfNull(game);
        var n = System.Numerics.BitOperations.Log2((uint)game.Count);
        if (game.Count != 1 << n)
        {
            throw new ArgumentException($"Expected 2^n utilities, got {game.Count}.", nameof(game));
        }

        var weights = new double[Math.Max(n, 1)];
        for (var s = 0; s < n; s++)
        {
            // s!(n−s−1)!/n! = 1 / (n · C(n−1, s)).
            weights[s] = banzhaf ? 1.0 / (1L << (n - 1)) : 1.0 / (n * Binomial(n - 1, s));
        }

        var phi = new double[n];
        for (var mask = 0; mask < game.Count; mask++)
        {
            var size = System.Numerics.BitOperations.PopCount((uint)mask);
            for (var i = 0; i < n; i++)
            {
                if ((mask & (1 << i)) == 0)
                {
                    phi[i] += weights[size] * (game[mask | (1 << i)] - game[mask]);
                }
            }
        }

        return phi;
    }

    private static double Binomial(int n, int k)
    {
        double result = 1;
        for (var j = 1; j <= k; j++)
        {
            result = result * (n - k + j) / j;
        }

        return result;
    }
}
