using System.Globalization;
using SampleImportance.Plugins.Estimators.GradientScores;

namespace SampleImportance.Plugins.Estimators.Influence;

/// <summary>
/// (H + λI)⁻¹·v by LiSSA (Agarwal, Bullins and Hazan 2017, "Second-Order Stochastic Optimization for Machine Learning in
/// Linear Time"), as Koh and Liang's get_inverse_hvp_lissa runs it: x₀ = v, xₜ = v + xₜ₋₁ − (H + λI)xₜ₋₁/s for depth
/// steps, whose fixed point is s·(H + λI)⁻¹v, so x/s is returned, averaged over repeats. Each step uses the Hessian of a
/// seeded sample of rows (all rows when the batch size is 0). Converges when s exceeds the largest eigenvalue, at the
/// rate 1 − λ_min/s per step.
/// </summary>
internal static class LissaSolver
{
    private const int PowerIterations = 30;
    private const double ScaleMargin = 1.5;

    public static InverseProduct Solve(DampedHessian hessian, double[] vector, InfluenceOptions options, Random random, CancellationToken cancellationToken)
    {
        var p = hessian.Dimension;
        var n = hessian.Count;
        var scale = options.LissaScale > 0 ? options.LissaScale : AutoScale(hessian, random);
        var batchSize = options.LissaBatchSize == 0 || options.LissaBatchSize >= n ? 0 : options.LissaBatchSize;
        var shuffled = Enumerable.Range(0, n).ToArray();
        var sum = new double[p];
        var x = new double[p];
        var product = new double[p];
        for (var repeat = 0; repeat < options.LissaRepeats; repeat++)
        {
            vector.CopyTo(x, 0);
            for (var step = 0; step < options.LissaDepth; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (batchSize == 0)
                {
                    hessian.Multiply(x, product);
                }
                else
                {
                    hessian.MultiplySampled(SampleRows(shuffled, batchSize, random), x, product);
                }

                for (var a = 0; a < p; a++)
                {
                    x[a] = vector[a] + x[a] - (product[a] / scale);
                }
            }

            if (!x.All(double.IsFinite))
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"influence: LiSSA diverged with scale {scale:R}: the scale must exceed the largest eigenvalue of the Hessian plus damping. Raise 'lissa-scale', or use solver=cg."));
            }

            for (var a = 0; a < p; a++)
            {
                sum[a] += x[a] / scale;
            }
        }

        for (var a = 0; a < p; a++)
        {
            sum[a] /= options.LissaRepeats;
        }

        // The residual of the answer, for the notes: how far the truncated, sampled series is from the solution.
        hessian.Multiply(sum, product);
        var error = 0.0;
        for (var a = 0; a < p; a++)
        {
            error += (product[a] - vector[a]) * (product[a] - vector[a]);
        }

        var norm = VectorMath.Norm(vector);
        var relative = norm > 0 ? Math.Sqrt(error) / norm : 0.0;
        var batch = batchSize == 0 ? "every row" : batchSize.ToString(CultureInfo.InvariantCulture) + " sampled rows";
        return new InverseProduct(sum, string.Create(
            CultureInfo.InvariantCulture,
            $"solver lissa: depth {options.LissaDepth}, {options.LissaRepeats} repeat(s), scale {scale:G6}, {batch} per step, relative residual {relative:G3}, damping {hessian.Damping:R}"));
    }

    /// <summary>1.5 × the largest eigenvalue of H + λI estimated by power iteration from a seeded random start.</summary>
    private static double AutoScale(DampedHessian hessian, Random random)
    {
        var p = hessian.Dimension;
        var x = new double[p];
        for (var a = 0; a < p; a++)
        {
            x[a] = random.NextDouble() - 0.5;
        }

        var product = new double[p];
        var eigenvalue = 0.0;
        for (var k = 0; k < PowerIterations; k++)
        {
            var norm = VectorMath.Norm(x);
            if (norm == 0)
            {
                break;
            }

            for (var a = 0; a < p; a++)
            {
                x[a] /= norm;
            }

            hessian.Multiply(x, product);
            eigenvalue = VectorMath.Norm(product);
            (x, product) = (product, x);
        }

        return eigenvalue > 0 ? ScaleMargin * eigenvalue : 1.0;
    }

    // A partial Fisher–Yates shuffle: the first batchSize entries become a uniform sample without replacement.
    private static int[] SampleRows(int[] shuffled, int batchSize, Random random)
    {
        for (var k = 0; k < batchSize; k++)
        {
            var j = random.Next(k, shuffled.Length);
            (shuffled[k], shuffled[j]) = (shuffled[j], shuffled[k]);
        }

        return shuffled[..batchSize];
    }
}
