using System.Globalization;
using SampleImportance.Sdk.LinearAlgebra;

namespace SampleImportance.Plugins.Estimators.Influence;

/// <summary>(H + λI)⁻¹·v by Cholesky factorisation of the full Hessian, O(p³).</summary>
internal static class ExactSolver
{
    /// <summary>The exact product, or null when the model does not write its Hessian.</summary>
    public static InverseProduct? TrySolve(DampedHessian hessian, double[] vector)
    {
        var p = hessian.Dimension;
        var matrix = new double[p * p];
        if (!hessian.TryWrite(matrix))
        {
            return null;
        }

        if (!CholeskyFactor.TryCreate(matrix, p, 0.0, out var factor))
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"influence: the Hessian plus damping {hessian.Damping:R} is not positive definite (a singular or non-convex objective), so it has no inverse. Raise the estimator's 'damping' parameter or the model's L2 penalty."));
        }

        var solution = new double[p];
        factor!.Solve(vector, solution);
        return new InverseProduct(solution, string.Create(CultureInfo.InvariantCulture, $"solver exact: Cholesky of the {p} × {p} Hessian, damping {hessian.Damping:R}"));
    }
}
