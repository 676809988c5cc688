using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>
/// The penalised weighted logistic loss f(θ) = Σ wᵢ[log(1 + e^{zᵢ}) − yᵢzᵢ] + λ/2·‖β‖², zᵢ = b + βᵀxᵢ, with θ = (β, b),
/// and its gradient, Hessian and Hessian–vector products. The intercept is not penalised. Newton's method and the
/// <see cref="IGradientModel"/> members both use it, so fitting and influence see one objective.
/// </summary>
internal sealed class NewtonProblem
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _w;
    private readonly int _d;
    private readonly double _l2;

    private NewtonProblem(double[] x, double[] y, double[] w, int d, double l2)
    {
        _x = x;
        _y = y;
        _w = w;
        _d = d;
        _l2 = l2;
    }

    /// <summary>Length of θ: the coefficients then the intercept.</summary>
    public int Dimension => _d + 1;

    /// <summary>Total weight of the rows labelled 0.</summary>
    public double NegativeWeight { get; private init; }

    /// <summary>Total weight of the rows labelled 1.</summary>
    public double PositiveWeight { get; private init; }

    /// <summary>Copies <paramref name="rows"/> of <paramref name="data"/> into the problem, checking labels and weights.</summary>
    /// <param name="data">The table the rows index.</param>
    /// <param name="rows">Rows of the objective.</param>
    /// <param name="weights">Empty for uniform weights, else one weight per row.</param>
    /// <param name="l2">λ.</param>
    public static NewtonProblem Create(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, double l2)
    {
        if (!weights.IsEmpty && weights.Length != rows.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        var d = data.FeatureCount;
        var n = rows.Length;
        var x = new double[n * d];
        var y = new double[n];
        var w = new double[n];
        double w0 = 0, w1 = 0;
        for (var i = 0; i < n; i++)
        {
            var label = CheckedLabel(data, rows[i]);
            var weight = FitMath.CheckedWeight(weights, i);

            var features = data.Row(rows[i]);
            for (var f = 0; f < d; f++)
            {
                x[(i * d) + f] = features[f];
            }

            y[i] = label;
            w[i] = weight;
            if (label == 1.0)
            {
                w1 += weight;
            }
            else
            {
                w0 += weight;
            }
        }

        return new NewtonProblem(x, y, w, d, l2) { NegativeWeight = w0, PositiveWeight = w1 };
    }

    /// <summary>The label of a row, which must be 0 or 1.</summary>
    public static double CheckedLabel(SampleSet data, int row)
    {
        var label = data.Labels[row];
        return label is 0.0 or 1.0
            ? label
            : throw new ArgumentException($"logistic-regression needs labels 0 or 1; row {row} has {label}.", nameof(data));
    }

    public double Objective(ReadOnlySpan<double> theta)
    {
        var sum = Penalty(theta);
        for (var i = 0; i < _y.Length; i++)
        {
            var z = Margin(theta, i);
            sum += _w[i] * (Softplus(z) - (_y[i] * z));
        }

        return sum;
    }

    /// <summary>Writes the gradient and the (d+1)² row-major Hessian at θ and returns f(θ).</summary>
    public double Derivatives(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
    {
        var dim = _d + 1;
        gradient.Clear();
        hessian.Clear();
        var sum = Penalty(theta);
        var features = new double[dim];
        for (var i = 0; i < _y.Length; i++)
        {
            var z = Margin(theta, i);
            sum += _w[i] * (Softplus(z) - (_y[i] * z));
            var p = LogisticRegressionModel.Sigmoid(z);
            var residual = _w[i] * (p - _y[i]);
            var curvature = _w[i] * p * (1.0 - p);
            _x.AsSpan(i * _d, _d).CopyTo(features);
            features[_d] = 1.0;
            for (var a = 0; a < dim; a++)
            {
                gradient[a] += residual * features[a];
                var scaled = curvature * features[a];
                for (var b = 0; b <= a; b++)
                {
                    hessian[(a * dim) + b] += scaled * features[b];
                }
            }
        }

        for (var a = 0; a < _d; a++)
        {
            gradient[a] += _l2 * theta[a];
            hessian[(a * dim) + a] += _l2;
        }

        // Mirror the lower triangle accumulated above.
        for (var a = 0; a < dim; a++)
        {
            for (var b = a + 1; b < dim; b++)
            {
                hessian[(a * dim) + b] = hessian[(b * dim) + a];
            }
        }

        return sum;
    }

    /// <summary>H(θ)·v = Σ wᵢpᵢ(1 − pᵢ)·x̃ᵢ(x̃ᵢ·v) + λ·(v_β, 0) with x̃ = (x, 1), in O(n·d) without forming H.</summary>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> vector, Span<double> product)
    {
        product.Clear();
        for (var i = 0; i < _y.Length; i++)
        {
            var p = LogisticRegressionModel.Sigmoid(Margin(theta, i));
            var row = _x.AsSpan(i * _d, _d);
            var projection = vector[_d];
            for (var f = 0; f < _d; f++)
            {
                projection += row[f] * vector[f];
            }

            var scaled = _w[i] * p * (1.0 - p) * projection;
            for (var f = 0; f < _d; f++)
            {
                product[f] += scaled * row[f];
            }

            product[_d] += scaled;
        }

        for (var f = 0; f < _d; f++)
        {
            product[f] += _l2 * vector[f];
        }
    }

    private double Penalty(ReadOnlySpan<double> theta)
    {
        var sum = 0.0;
        for (var a = 0; a < _d; a++)
        {
            sum += theta[a] * theta[a];
        }

        return 0.5 * _l2 * sum;
    }

    private double Margin(ReadOnlySpan<double> theta, int i)
    {
        var z = theta[_d];
        var offset = i * _d;
        for (var f = 0; f < _d; f++)
        {
            z += theta[f] * _x[offset + f];
        }

        return z;
    }

    // log(1 + e^z) without overflow.
    private static double Softplus(double z) => z > 0 ? z + Math.Log(1.0 + Math.Exp(-z)) : Math.Log(1.0 + Math.Exp(z));
}
