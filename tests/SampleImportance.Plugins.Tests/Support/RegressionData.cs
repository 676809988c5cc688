using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Seeded toy regression data and a plain, independent linear-algebra oracle for ridge regression.</summary>
internal static class RegressionData
{
    /// <summary>
    /// y = 0.5 + Σ_f (f + 1)·x_f/d + N(0, noise²) with standard normal features; the rows in <paramref name="outliers"/>
    /// get a target shifted by +8 (a corrupted label).
    /// </summary>
    public static SampleSet Linear(int count, int features, int seed, double noise = 0.5, params int[] outliers)
    {
        var random = new System.Random(seed);
        var x = new float[count * features];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            y[i] = 0.5 + (noise * ToyData.Gaussian(random));
            for (var f = 0; f < features; f++)
            {
                x[(i * features) + f] = (float)ToyData.Gaussian(random);
                y[i] += (f + 1.0) * x[(i * features) + f] / features;
            }
        }

        foreach (var row in outliers)
        {
            y[row] += 8.0;
        }

        return new SampleSet(x, features, y);
    }

    /// <summary>Row i's design vector (x, 1).</summary>
    public static double[] Design(SampleSet data, int row) => [.. data.Row(row).ToArray().Select(v => (double)v), 1.0];

    /// <summary>H = Σ x̃x̃ᵀ + λ·diag(1, …, 1, 0) over <paramref name="rows"/> (unweighted, intercept unpenalised).</summary>
    public static double[,] Hessian(SampleSet data, IEnumerable<int> rows, double l2)
    {
        var p = data.FeatureCount + 1;
        var h = new double[p, p];
        foreach (var row in rows)
        {
            var x = Design(data, row);
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < p; b++)
                {
                    h[a, b] += x[a] * x[b];
                }
            }
        }

        for (var a = 0; a < p - 1; a++)
        {
            h[a, a] += l2;
        }

        return h;
    }

    /// <summary>θ = H⁻¹Σ yᵢx̃ᵢ by a plain Gauss–Jordan inverse.</summary>
    public static double[] RidgeParameters(SampleSet data, IReadOnlyList<int> rows, double l2)
    {
        var p = data.FeatureCount + 1;
        var rhs = new double[p];
        foreach (var row in rows)
        {
            var x = Design(data, row);
            for (var a = 0; a < p; a++)
            {
                rhs[a] += data.Labels[row] * x[a];
            }
        }

        return Multiply(Inverse(Hessian(data, rows, l2)), rhs);
    }

    /// <summary>(θᵀx̃ − y)·x̃: the gradient of ½(y − θᵀx̃)².</summary>
    public static double[] Gradient(SampleSet data, int row, double[] theta)
    {
        var x = Design(data, row);
        var residual = x.Zip(theta, (a, b) => a * b).Sum() - data.Labels[row];
        return [.. x.Select(v => residual * v)];
    }

    /// <summary>Mean over <paramref name="data"/> of ½(y − θᵀx̃)².</summary>
    public static double MeanLoss(SampleSet data, double[] theta) => Enumerable.Range(0, data.Count).Average(row =>
    {
        var x = Design(data, row);
        var residual = data.Labels[row] - x.Zip(theta, (a, b) => a * b).Sum();
        return 0.5 * residual * residual;
    });

    /// <summary>A·v.</summary>
    public static double[] Multiply(double[,] a, double[] v)
    {
        var result = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            for (var j = 0; j < v.Length; j++)
            {
                result[i] += a[i, j] * v[j];
            }
        }

        return result;
    }

    /// <summary>A⁻¹ by Gauss–Jordan elimination with partial pivoting.</summary>
    public static double[,] Inverse(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var inverse = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            inverse[i, i] = 1.0;
        }

        for (var c = 0; c < n; c++)
        {
            var pivot = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(a[r, c]));
            for (var k = 0; k < n; k++)
            {
                (a[c, k], a[pivot, k]) = (a[pivot, k], a[c, k]);
                (inverse[c, k], inverse[pivot, k]) = (inverse[pivot, k], inverse[c, k]);
            }

            var scale = a[c, c];
            for (var k = 0; k < n; k++)
            {
                a[c, k] /= scale;
                inverse[c, k] /= scale;
            }

            for (var r = 0; r < n; r++)
            {
                if (r == c)
                {
                    continue;
                }

                var factor = a[r, c];
                for (var k = 0; k < n; k++)
                {
                    a[r, k] -= factor * a[c, k];
                    inverse[r, k] -= factor * inverse[c, k];
                }
            }
        }

        return inverse;
    }
}
