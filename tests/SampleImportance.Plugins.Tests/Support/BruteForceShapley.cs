namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Exact Shapley values by enumerating every subset: φᵢ = Σ_{S ⊆ N∖i} |S|!(n−|S|−1)!/n! · (U(S ∪ i) − U(S)).</summary>
internal static class BruteForceShapley
{
    public static double[] Values(int n, Func<int[], double> utility)
    {
        if (n > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "Enumeration is for tiny n only.");
        }

        var u = new double[1 << n];
        for (var mask = 0; mask < u.Length; mask++)
        {
            u[mask] = utility(Members(mask, n));
        }

        var weight = new double[n];
        for (var s = 0; s < n; s++)
        {
            weight[s] = Factorial(s) * Factorial(n - s - 1) / Factorial(n);
        }

        var values = new double[n];
        for (var mask = 0; mask < u.Length; mask++)
        {
            var size = System.Numerics.BitOperations.PopCount((uint)mask);
            for (var i = 0; i < n; i++)
            {
                if ((mask & (1 << i)) == 0)
                {
                    values[i] += weight[size] * (u[mask | (1 << i)] - u[mask]);
                }
            }
        }

        return values;
    }

    private static int[] Members(int mask, int n) => Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).ToArray();

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
