namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>Solves H·x = g for a symmetric positive (semi-)definite H by Cholesky factorisation.</summary>
internal static class CholeskySolver
{
    /// <summary>
    /// Solves in place of a copy of <paramref name="matrix"/>. When H is only semi-definite (λ = 0 with
    /// collinear features) a growing ridge is added until the factorisation succeeds, giving a
    /// Levenberg–Marquardt-style step that still descends.
    /// </summary>
    public static void Solve(ReadOnlySpan<double> matrix, ReadOnlySpan<double> rhs, Span<double> solution, int dim)
    {
        var factor = new double[dim * dim];
        var scale = 0.0;
        for (var a = 0; a < dim; a++)
        {
            scale = Math.Max(scale, matrix[(a * dim) + a]);
        }

        var ridge = 0.0;
        while (!TryFactor(matrix, factor, dim, ridge))
        {
            ridge = ridge == 0 ? 1e-12 * Math.Max(scale, 1.0) : ridge * 10.0;
            if (double.IsInfinity(ridge) || double.IsNaN(scale))
            {
                // Only a non-finite Hessian (overflowing features) gets here.
                throw new InvalidOperationException("The Hessian is not finite; check the features for NaN or huge values.");
            }
        }

        // Forward then backward substitution with L and Lᵀ.
        for (var a = 0; a < dim; a++)
        {
            var sum = rhs[a];
            for (var b = 0; b < a; b++)
            {
                sum -= factor[(a * dim) + b] * solution[b];
            }

            solution[a] = sum / factor[(a * dim) + a];
        }

        for (var a = dim - 1; a >= 0; a--)
        {
            var sum = solution[a];
            for (var b = a + 1; b < dim; b++)
            {
                sum -= factor[(b * dim) + a] * solution[b];
            }

            solution[a] = sum / factor[(a * dim) + a];
        }
    }

    private static bool TryFactor(ReadOnlySpan<double> matrix, double[] factor, int dim, double ridge)
    {
        for (var a = 0; a < dim; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                var sum = matrix[(a * dim) + b] + (a == b ? ridge : 0.0);
                for (var c = 0; c < b; c++)
                {
                    sum -= factor[(a * dim) + c] * factor[(b * dim) + c];
                }

                if (a == b)
                {
                    if (!(sum > 0) || double.IsInfinity(sum))
                    {
                        return false;
                    }

                    factor[(a * dim) + a] = Math.Sqrt(sum);
                }
                else
                {
                    factor[(a * dim) + b] = sum / factor[(b * dim) + b];
                }
            }
        }

        return true;
    }
}
