namespace SampleImportance.Plugins.Estimators.Ame;

/// <summary>
/// LASSO by cyclic coordinate descent (scikit-learn's objective (1/2m)‖y − b₀ − Xb‖² + λ‖b‖₁, with an unpenalised
/// intercept from centring on the fitted samples). The design is column-major: column j holds feature j over all
/// samples, and a fit may use any subset of the samples (a cross-validation fold). Deterministic: fixed sweep order.
/// </summary>
internal sealed class Lasso
{
    private const int MaxSweeps = 1000;
    private const double Tolerance = 1e-7;
    private readonly double[][] _columns;
    private readonly double[] _target;

    /// <param name="columns">Feature columns, each one value per sample.</param>
    /// <param name="target">One value per sample.</param>
    public Lasso(double[][] columns, double[] target)
    {
        _columns = columns;
        _target = target;
    }

    /// <summary>The smallest λ at which every coefficient is 0 on these samples: max_j |x_jᵀ(y − ȳ)| / m.</summary>
    public double MaxPenalty(int[] samples)
    {
        var (x, y) = Centred(samples);
        double max = 0;
        foreach (var column in x)
        {
            max = Math.Max(max, Math.Abs(Dot(column, y)) / samples.Length);
        }

        return max;
    }

    /// <summary>Fits at each penalty in turn (descending for warm starts) and returns the coefficients of each.</summary>
    /// <param name="samples">Samples to fit on.</param>
    /// <param name="penalties">λ values, in the order to fit.</param>
    /// <param name="cancellationToken">Checked once per penalty.</param>
    public double[][] Path(int[] samples, IReadOnlyList<double> penalties, CancellationToken cancellationToken)
    {
        var (x, residual) = Centred(samples);
        var m = (double)samples.Length;
        var p = x.Length;
        var norms = new double[p];
        for (var j = 0; j < p; j++)
        {
            norms[j] = Dot(x[j], x[j]) / m;
        }

        var b = new double[p];
        var path = new double[penalties.Count][];
        for (var a = 0; a < penalties.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // glmnet's active-set scheme: a full sweep, then sweeps over the non-zero coefficients until they settle, until a
            // full sweep changes nothing beyond the tolerance.
            for (var sweep = 0; sweep < MaxSweeps; sweep++)
            {
                if (Sweep(x, norms, b, residual, penalties[a], m, activeOnly: false))
                {
                    break;
                }

                for (var inner = 0; inner < MaxSweeps && !Sweep(x, norms, b, residual, penalties[a], m, activeOnly: true); inner++)
                {
                }
            }

            path[a] = (double[])b.Clone();
        }

        return path;
    }

    /// <summary>One coordinate-descent sweep; true when no coefficient moved by more than the tolerance.</summary>
    private static bool Sweep(double[][] x, double[] norms, double[] b, double[] residual, double penalty, double m, bool activeOnly)
    {
        double largestChange = 0;
        double largest = 0;
        for (var j = 0; j < b.Length; j++)
        {
            if (norms[j] == 0 || (activeOnly && b[j] == 0))
            {
                continue;
            }

            var rho = (Dot(x[j], residual) / m) + (norms[j] * b[j]);
            var updated = SoftThreshold(rho, penalty) / norms[j];
            var change = updated - b[j];
            if (change != 0)
            {
                Axpy(-change, x[j], residual);
                b[j] = updated;
            }

            largestChange = Math.Max(largestChange, Math.Abs(change) * Math.Sqrt(norms[j]));
            largest = Math.Max(largest, Math.Abs(updated) * Math.Sqrt(norms[j]));
        }

        return largestChange <= Tolerance * Math.Max(1, largest);
    }

    /// <summary>Mean squared error of coefficients <paramref name="b"/> on <paramref name="samples"/>, with the intercept of <paramref name="fitted"/>.</summary>
    public double MeanSquaredError(int[] fitted, double[] b, int[] samples)
    {
        // Intercept b₀ = ȳ − Σ x̄_j b_j over the fitted samples.
        var intercept = Mean(_target, fitted);
        for (var j = 0; j < b.Length; j++)
        {
            if (b[j] != 0)
            {
                intercept -= Mean(_columns[j], fitted) * b[j];
            }
        }

        double total = 0;
        foreach (var s in samples)
        {
            var prediction = intercept;
            for (var j = 0; j < b.Length; j++)
            {
                prediction += _columns[j][s] * b[j];
            }

            total += (prediction - _target[s]) * (prediction - _target[s]);
        }

        return total / samples.Length;
    }

    private (double[][] X, double[] Y) Centred(int[] samples)
    {
        var x = new double[_columns.Length][];
        for (var j = 0; j < x.Length; j++)
        {
            x[j] = CentredOn(_columns[j], samples);
        }

        return (x, CentredOn(_target, samples));
    }

    private static double[] CentredOn(double[] values, int[] samples)
    {
        var mean = Mean(values, samples);
        var centred = new double[samples.Length];
        for (var s = 0; s < samples.Length; s++)
        {
            centred[s] = values[samples[s]] - mean;
        }

        return centred;
    }

    private static double Mean(double[] values, int[] samples)
    {
        double sum = 0;
        foreach (var s in samples)
        {
            sum += values[s];
        }

        return sum / samples.Length;
    }

    private static double SoftThreshold(double value, double penalty) =>
        value > penalty ? value - penalty : value < -penalty ? value + penalty : 0.0;

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Axpy(double scale, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            y[i] += scale * x[i];
        }
    }
}
