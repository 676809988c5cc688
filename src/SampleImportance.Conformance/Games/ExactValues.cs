using System.Numerics;
using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Games;

/// <summary>
/// Exact semivalues by enumerating all 2^n subsets (n ≤ 20): vᵢ = Σ_{S ⊆ N∖i} w(n, |S|)·(U(S ∪ i) − U(S)). Each subset is
/// evaluated once, so a model-backed utility fits 2^n models. The oracle every agreement check compares with.
/// </summary>
public static class ExactValues
{
    /// <summary>Largest number of players enumerated (2^20 evaluations).</summary>
    public const int MaxPlayers = 20;

    /// <summary>The Shapley weight of a subset of the others of size <paramref name="size"/>: |S|!(n − |S| − 1)!/n!.</summary>
    /// <param name="players">n.</param>
    /// <param name="size">|S|, in [0, n − 1].</param>
    public static double ShapleyWeight(int players, int size)
    {
        // 1/(n·C(n−1, |S|)), built up as a product so it stays exact enough for n ≤ 20.
        var choose = 1.0;
        for (var k = 1; k <= size; k++)
        {
            choose = choose * (players - size + k - 1) / k;
        }

        return 1.0 / (players * choose);
    }

    /// <summary>The Banzhaf weight: every subset of the others weighs 1/2^(n−1).</summary>
    /// <param name="players">n.</param>
    /// <param name="size">|S| (unused: the weight does not depend on it).</param>
    public static double BanzhafWeight(int players, int size) => Math.Pow(0.5, players - 1);

    /// <summary>Exact Shapley values of <paramref name="utility"/>.</summary>
    /// <param name="utility">The game or model utility.</param>
    public static double[] Shapley(IUtility utility) => Semivalue(utility, ShapleyWeight);

    /// <summary>Exact Banzhaf values of <paramref name="utility"/>.</summary>
    /// <param name="utility">The game or model utility.</param>
    public static double[] Banzhaf(IUtility utility) => Semivalue(utility, BanzhafWeight);

    /// <summary>Exact values for the per-subset weight <paramref name="weight"/>(n, |S|).</summary>
    /// <param name="utility">The game or model utility.</param>
    /// <param name="weight">w(n, |S|) for a subset S of the other players.</param>
    public static double[] Semivalue(IUtility utility, Func<int, int, double> weight)
    {
        ArgumentNullException.ThrowIfNull(utility);
        return Semivalue(utility.PlayerCount, members => utility.Evaluate(members), weight);
    }

    /// <summary>Exact values of U given as a function of the member indices (ascending).</summary>
    /// <param name="players">n.</param>
    /// <param name="utility">U(S) for the ascending members of S.</param>
    /// <param name="weight">w(n, |S|) for a subset S of the other players.</param>
    public static double[] Semivalue(int players, Func<int[], double> utility, Func<int, int, double> weight)
    {
        ArgumentNullException.ThrowIfNull(utility);
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentOutOfRangeException.ThrowIfNegative(players);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(players, MaxPlayers);
        var u = new double[1 << players];
        for (var mask = 0; mask < u.Length; mask++)
        {
            u[mask] = utility(Members(mask, players));
        }

        // w(n, s) once per size, not once per (subset, missing player): the weight can itself be a loop over s.
        var weights = new double[players];
        for (var s = 0; s < players; s++)
        {
            weights[s] = weight(players, s);
        }

        var values = new double[players];
        for (var mask = 0; mask < u.Length; mask++)
        {
            var size = BitOperations.PopCount((uint)mask);
            for (var i = 0; i < players; i++)
            {
                if ((mask & (1 << i)) == 0)
                {
                    values[i] += weights[size] * (u[mask | (1 << i)] - u[mask]);
                }
            }
        }

        return values;
    }

    private static int[] Members(int mask, int players)
    {
        var members = new int[BitOperations.PopCount((uint)mask)];
        var at = 0;
        for (var i = 0; i < players; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                members[at++] = i;
            }
        }

        return members;
    }
}
