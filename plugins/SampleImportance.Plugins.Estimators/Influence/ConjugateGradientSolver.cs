using System.Globalization;
using SampleImportance.Plugins.Estimators.GradientScores;

namespace SampleImportance.Plugins.Estimators.Influence;

/// <summary>
/// (H + λI)⁻¹·v by conjugate gradient (Hestenes and Stiefel 1952; Martens 2010 and Koh and Liang 2017 use it for
/// influence): one Hessian–vector product per iteration, exact after at most p in exact arithmetic.
/// </summary>
internal static class ConjugateGradientSolver
{
    public static InverseProduct Solve(DampedHessian hessian, double[] vector, double tolerance, int maxIterations, CancellationToken cancellationToken)
    {
        var p = hessian.Dimension;
        var x = new double[p];
        var residual = (double[])vector.Clone();
        var direction = (double[])vector.Clone();
        var product = new double[p];
        var target = VectorMath.Norm(vector);
        var rr = VectorMath.Dot(residual, residual);
        var iterations = 0;
        while (Math.Sqrt(rr) > tolerance * target && iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hessian.Multiply(direction, product);
            var curvature = VectorMath.Dot(direction, product);
            if (!(curvature > 0))
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"influence: conjugate gradient met non-positive curvature {curvature:R} (a singular or non-convex objective), so the Hessian plus damping {hessian.Damping:R} has no inverse. Raise the estimator's 'damping' parameter."));
            }

            var alpha = rr / curvature;
            for (var a = 0; a < p; a++)
            {
                x[a] += alpha * direction[a];
                residual[a] -= alpha * product[a];
            }

            var next = VectorMath.Dot(residual, residual);
            var beta = next / rr;
            rr = next;
            for (var a = 0; a < p; a++)
            {
                direction[a] = residual[a] + (beta * direction[a]);
            }

            iterations++;
        }

        var relative = target > 0 ? Math.Sqrt(rr) / target : 0.0;
        var converged = relative <= tolerance ? "converged" : "NOT converged (raise cg-max-iterations or damping)";
        return new InverseProduct(x, string.Create(
            CultureInfo.InvariantCulture,
            $"solver cg: {iterations} iterations, relative residual {relative:G3} ({converged}), damping {hessian.Damping:R}"));
    }
}
