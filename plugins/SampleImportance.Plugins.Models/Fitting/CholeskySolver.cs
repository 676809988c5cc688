using SampleImportance.Sdk.LinearAlgebra;

namespace SampleImportance.Plugins.Models.Fitting;

/// <summary>Solves H·x = g for a symmetric positive (semi-)definite H by Cholesky factorisation (Newton steps, normal equations).</summary>
internal static class CholeskySolver
{
    /// <summary>Solves H·x = g with <see cref="Factor"/>'s factor.</summary>
    public static void Solve(ReadOnlySpan<double> matrix, ReadOnlySpan<double> rhs, Span<double> solution, int dim) =>
        Factor(matrix, dim).Solve(rhs, solution);

    /// <summary>
    /// Factors H. When H is only semi-definite (λ = 0 with collinear features, or no rows) a growing ridge is added until
    /// the factorisation succeeds, giving a Levenberg–Marquardt-style step that still descends.
    /// </summary>
    public static CholeskyFactor Factor(ReadOnlySpan<double> matrix, int dim)
    {
        var scale = 0.0;
        for (var a = 0; a < dim; a++)
        {
            scale = Math.Max(scale, matrix[(a * dim) + a]);
        }

        var ridge = 0.0;
        CholeskyFactor? factor;
        while (!CholeskyFactor.TryCreate(matrix, dim, ridge, out factor))
        {
            ridge = ridge == 0 ? 1e-12 * Math.Max(scale, 1.0) : ridge * 10.0;
            if (double.IsInfinity(ridge) || double.IsNaN(scale))
            {
                // Only a non-finite Hessian (overflowing features) gets here.
                throw new InvalidOperationException("The Hessian is not finite; check the features for NaN or huge values.");
            }
        }

        return factor!;
    }
}
