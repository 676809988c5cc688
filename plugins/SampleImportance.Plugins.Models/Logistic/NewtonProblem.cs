namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>
/// The penalised weighted logistic loss f(θ) = Σ wᵢ[log(1 + e^{zᵢ}) − yᵢzᵢ] + λ/2·‖β‖², zᵢ = b + βᵀxᵢ, with θ = (β, b),
/// and its gradient and Hessian. The intercept is not penalised.
/// </summary>
internal sealed class NewtonProblem
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _w;
    private readonly int _d;
    private readonly double _l2;

    public NewtonProblem(double[] x, double[] y, double[] w, int d, double l2)
    {
        _x = x;
        _y = y;
        _w = w;
        _d = d;
        _l2 = l2;
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
