namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Exact Shapley values by enumerating every subset: φᵢ = Σ_{S ⊆ N∖i} |S|!(n−|S|−1)!/n! · (U(S ∪ i) − U(S)).</summary>
internal static class BruteForceShapley
{
    public static double[] Values(int n, Func<int[], double> utility) =>
        BruteForceSemivalue.Values(n, utility, (players, size) => Factorial(size) * Factorial(players - size - 1) / Factorial(players));

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
