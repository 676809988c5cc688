namespace SampleImportance.Sdk.LinearAlgebra;

/// <summary>
/// The Cholesky factor L of a symmetric positive definite p × p matrix A = L·Lᵀ (row-major, lower triangle read), so
/// models and estimators solve A·x = b for many right-hand sides after one O(p³) factorisation: Newton steps, ridge
/// regression's normal equations and its leave-one-out oracle, and the exact inverse-Hessian products of influence.
/// </summary>
public sealed class CholeskyFactor
{
    private readonly double[] _factor;

    private CholeskyFactor(double[] factor, int dimension)
    {
        _factor = factor;
        Dimension = dimension;
    }

    /// <summary>p.</summary>
    public int Dimension { get; }

    /// <summary>
    /// Factors A + ridge·I; false when that is not positive definite (or not finite), as for a singular Hessian without
    /// damping or a non-convex model's indefinite one.
    /// </summary>
    /// <param name="matrix">Row-major p × p; only the lower triangle is read.</param>
    /// <param name="dimension">p.</param>
    /// <param name="ridge">Added to the diagonal (0 for A itself).</param>
    /// <param name="factor">The factor when the result is true.</param>
    public static bool TryCreate(ReadOnlySpan<double> matrix, int dimension, double ridge, out CholeskyFactor? factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        if (matrix.Length != dimension * dimension)
        {
            throw new ArgumentException($"Expected {dimension} × {dimension} values, got {matrix.Length}.", nameof(matrix));
        }

        var l = new double[dimension * dimension];
        factor = null;
        for (var a = 0; a < dimension; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                var sum = matrix[(a * dimension) + b] + (a == b ? ridge : 0.0);
                for (var c = 0; c < b; c++)
                {
                    sum -= l[(a * dimension) + c] * l[(b * dimension) + c];
                }

                if (a != b)
                {
                    l[(a * dimension) + b] = sum / l[(b * dimension) + b];
                }
                else if (sum > 0 && !double.IsInfinity(sum))
                {
                    l[(a * dimension) + a] = Math.Sqrt(sum);
                }
                else
                {
                    return false;
                }
            }
        }

        factor = new CholeskyFactor(l, dimension);
        return true;
    }

    /// <summary>Writes x = A⁻¹·b by forward then backward substitution, O(p²).</summary>
    /// <param name="rhs">b, p long.</param>
    /// <param name="solution">x, p long; may not alias <paramref name="rhs"/>.</param>
    public void Solve(ReadOnlySpan<double> rhs, Span<double> solution)
    {
        var p = Dimension;
        if (rhs.Length != p || solution.Length != p)
        {
            throw new ArgumentException($"Expected vectors of {p}, got {rhs.Length} and {solution.Length}.", nameof(rhs));
        }

        for (var a = 0; a < p; a++)
        {
            var sum = rhs[a];
            for (var b = 0; b < a; b++)
            {
                sum -= _factor[(a * p) + b] * solution[b];
            }

            solution[a] = sum / _factor[(a * p) + a];
        }

        for (var a = p - 1; a >= 0; a--)
        {
            var sum = solution[a];
            for (var b = a + 1; b < p; b++)
            {
                sum -= _factor[(b * p) + a] * solution[b];
            }

            solution[a] = sum / _factor[(a * p) + a];
        }
    }
}
