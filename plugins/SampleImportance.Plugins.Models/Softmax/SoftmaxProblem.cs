using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.Softmax;

/// <summary>
/// The penalised weighted multinomial log-loss f(θ) = Σ wᵢ[log Σ_c e^{z_ic} − z_{i,yᵢ}] + λ/2·Σ_c‖W_c‖², z_ic = b_c + W_cᵀxᵢ,
/// with θ class-major: class c's d coefficients then its intercept at c·(d + 1). Intercepts are not penalised. Fitting and
/// the <see cref="IGradientModel"/> members share it, so influence sees the objective that was minimised.
/// </summary>
internal sealed class SoftmaxProblem : ISmoothObjective
{
    public const string ModelName = "softmax-regression";

    private readonly double[] _x;
    private readonly int[] _y;
    private readonly double[] _w;
    private readonly int _d;
    private readonly int _classes;
    private readonly double _l2;

    private SoftmaxProblem(double[] x, int[] y, double[] w, int d, int classes, double l2)
    {
        _x = x;
        _y = y;
        _w = w;
        _d = d;
        _classes = classes;
        _l2 = l2;
        ClassWeights = new double[classes];
        for (var i = 0; i < y.Length; i++)
        {
            ClassWeights[y[i]] += w[i];
        }
    }

    /// <summary>Length of θ: C·(d + 1).</summary>
    public int Dimension => _classes * (_d + 1);

    /// <summary>Total sample weight of each class.</summary>
    public double[] ClassWeights { get; }

    /// <summary>Copies <paramref name="rows"/> of <paramref name="data"/> into the problem, checking labels and weights.</summary>
    public static SoftmaxProblem Create(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, int classes, double l2)
    {
        if (!weights.IsEmpty && weights.Length != rows.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        var d = data.FeatureCount;
        var x = new double[rows.Length * d];
        var y = new int[rows.Length];
        var w = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            y[i] = ClassMath.CheckedClass(data, rows[i], classes, ModelName);
            w[i] = FitMath.CheckedWeight(weights, i);
            ClassMath.Widen(data.Row(rows[i]), x.AsSpan(i * d, d));
        }

        return new SoftmaxProblem(x, y, w, d, classes, l2);
    }

    /// <summary>Writes the class probabilities of features <paramref name="row"/> and returns log Σ e^z.</summary>
    public static double Probabilities(ReadOnlySpan<double> theta, ReadOnlySpan<double> row, Span<double> probabilities)
    {
        var d = row.Length;
        for (var c = 0; c < probabilities.Length; c++)
        {
            var offset = c * (d + 1);
            var z = theta[offset + d];
            for (var f = 0; f < d; f++)
            {
                z += theta[offset + f] * row[f];
            }

            probabilities[c] = z;
        }

        return ClassMath.SoftmaxInPlace(probabilities);
    }

    public double Objective(ReadOnlySpan<double> theta)
    {
        var sum = Penalty(theta);
        var p = new double[_classes];
        for (var i = 0; i < _y.Length; i++)
        {
            sum += _w[i] * Loss(theta, i, p);
        }

        return sum;
    }

    /// <summary>Writes the gradient and, unless <paramref name="hessian"/> is empty, the row-major Hessian at θ; returns f(θ).</summary>
    public double Derivatives(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
    {
        var dim = Dimension;
        var width = _d + 1;
        gradient.Clear();
        hessian.Clear();
        var sum = Penalty(theta);
        var p = new double[_classes];
        for (var i = 0; i < _y.Length; i++)
        {
            sum += _w[i] * Loss(theta, i, p);
            var row = _x.AsSpan(i * _d, _d);
            for (var c = 0; c < _classes; c++)
            {
                AddScaledRow(gradient.Slice(c * width, width), row, _w[i] * (p[c] - (c == _y[i] ? 1.0 : 0.0)));
            }

            if (hessian.IsEmpty)
            {
                continue;
            }

            // Block (c, c′) of the per-row Hessian: w·(p_c·[c = c′] − p_c·p_c′)·x̃x̃ᵀ, x̃ = (x, 1); lower triangle only.
            for (var c = 0; c < _classes; c++)
            {
                for (var k = 0; k <= c; k++)
                {
                    var curvature = _w[i] * (((c == k) ? p[c] : 0.0) - (p[c] * p[k]));
                    for (var a = 0; a < width; a++)
                    {
                        var scaled = curvature * (a < _d ? row[a] : 1.0);
                        var hessianRow = hessian.Slice(((c * width) + a) * dim, dim);
                        var last = c == k ? a : width - 1;
                        for (var b = 0; b <= last; b++)
                        {
                            hessianRow[(k * width) + b] += scaled * (b < _d ? row[b] : 1.0);
                        }
                    }
                }
            }
        }

        for (var c = 0; c < _classes; c++)
        {
            for (var f = 0; f < _d; f++)
            {
                var j = (c * width) + f;
                gradient[j] += _l2 * theta[j];
                if (!hessian.IsEmpty)
                {
                    hessian[(j * dim) + j] += _l2;
                }
            }
        }

        if (!hessian.IsEmpty)
        {
            for (var a = 0; a < dim; a++)
            {
                for (var b = a + 1; b < dim; b++)
                {
                    hessian[(a * dim) + b] = hessian[(b * dim) + a];
                }
            }
        }

        return sum;
    }

    /// <summary>H(θ)·v without forming H: per row s = p⊙u − p·(pᵀu) with u_c = x̃·v_c, then Σ w·s_c·x̃ into class c, plus λ·v on the coefficients.</summary>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> vector, Span<double> product)
    {
        var width = _d + 1;
        product.Clear();
        var p = new double[_classes];
        var u = new double[_classes];
        for (var i = 0; i < _y.Length; i++)
        {
            Loss(theta, i, p);
            var row = _x.AsSpan(i * _d, _d);
            var mean = 0.0;
            for (var c = 0; c < _classes; c++)
            {
                var v = vector.Slice(c * width, width);
                u[c] = v[_d] + FitMath.Dot(v[.._d], row);
                mean += p[c] * u[c];
            }

            for (var c = 0; c < _classes; c++)
            {
                AddScaledRow(product.Slice(c * width, width), row, _w[i] * p[c] * (u[c] - mean));
            }
        }

        for (var c = 0; c < _classes; c++)
        {
            for (var f = 0; f < _d; f++)
            {
                product[(c * width) + f] += _l2 * vector[(c * width) + f];
            }
        }
    }

    /// <summary>Adds scale·(x, 1) to <paramref name="destination"/>.</summary>
    internal static void AddScaledRow(Span<double> destination, ReadOnlySpan<double> row, double scale)
    {
        for (var f = 0; f < row.Length; f++)
        {
            destination[f] += scale * row[f];
        }

        destination[row.Length] += scale;
    }

    // −log p_y of row i; leaves the probabilities in p.
    private double Loss(ReadOnlySpan<double> theta, int i, Span<double> p) =>
        Probabilities(theta, _x.AsSpan(i * _d, _d), p) - LogitOfLabel(theta, i);

    private double LogitOfLabel(ReadOnlySpan<double> theta, int i)
    {
        var offset = _y[i] * (_d + 1);
        return theta[offset + _d] + FitMath.Dot(theta.Slice(offset, _d), _x.AsSpan(i * _d, _d));
    }

    private double Penalty(ReadOnlySpan<double> theta)
    {
        var sum = 0.0;
        for (var c = 0; c < _classes; c++)
        {
            foreach (var value in theta.Slice(c * (_d + 1), _d))
            {
                sum += value * value;
            }
        }

        return 0.5 * _l2 * sum;
    }
}
