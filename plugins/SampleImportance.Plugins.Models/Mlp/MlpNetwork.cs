using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.Mlp;

/// <summary>
/// One hidden tanh layer and a softmax head: a = W₁x + b₁, h = tanh(a), z = W₂h + b₂, p = softmax(z), ℓ = −log p_y.
/// θ is laid out as W₁ (H × d, row-major), b₁ (H), W₂ (K × H, row-major), b₂ (K). Holds the buffers of one row's pass,
/// so one instance serves one thread. Gradients by backpropagation; Hessian–vector products by Pearlmutter's exact
/// R-operator (forward-mode derivative of the backward pass along v), not by finite differences.
/// </summary>
internal sealed class MlpNetwork
{
    private readonly double[] _h;
    private readonly double[] _p;
    private readonly double[] _dz;
    private readonly double[] _dh;
    private readonly double[] _da;
    private readonly double[] _rh;
    private readonly double[] _rz;
    private readonly double[] _rdh;

    public MlpNetwork(int features, int hidden, int classes)
    {
        Features = features;
        Hidden = hidden;
        Classes = classes;
        _h = new double[hidden];
        _p = new double[classes];
        _dz = new double[classes];
        _dh = new double[hidden];
        _da = new double[hidden];
        _rh = new double[hidden];
        _rz = new double[classes];
        _rdh = new double[hidden];
    }

    public int Features { get; }

    public int Hidden { get; }

    public int Classes { get; }

    /// <summary>H·(d + 1) + K·(H + 1).</summary>
    public int ParameterCount => (Hidden * (Features + 1)) + (Classes * (Hidden + 1));

    /// <summary>The class probabilities of the last <see cref="Forward"/>.</summary>
    public ReadOnlySpan<double> Probabilities => _p;

    private int B1 => Hidden * Features;

    private int W2 => B1 + Hidden;

    private int B2 => W2 + (Classes * Hidden);

    /// <summary>Whether parameter j is a weight (penalised), not a bias.</summary>
    public bool IsWeight(int j) => j < B1 || (j >= W2 && j < B2);

    /// <summary>Glorot-uniform weights U(±√(6 / (fan in + fan out))) drawn in θ order from <paramref name="random"/>; zero biases.</summary>
    public double[] Initial(Random random)
    {
        var theta = new double[ParameterCount];
        var first = Math.Sqrt(6.0 / (Features + Hidden));
        var second = Math.Sqrt(6.0 / (Hidden + Classes));
        for (var j = 0; j < B2; j++)
        {
            if (IsWeight(j))
            {
                theta[j] = ((2.0 * random.NextDouble()) - 1.0) * (j < B1 ? first : second);
            }
        }

        return theta;
    }

    /// <summary>Zeroes the output layer, so the network predicts the uniform distribution (what an empty fit predicts).</summary>
    public void ClearOutputLayer(Span<double> theta) => theta[W2..].Clear();

    /// <summary>Runs row <paramref name="x"/> forward, leaving h and p in the buffers.</summary>
    public void Forward(ReadOnlySpan<double> theta, ReadOnlySpan<double> x)
    {
        for (var j = 0; j < Hidden; j++)
        {
            _h[j] = Math.Tanh(theta[B1 + j] + FitMath.Dot(theta.Slice(j * Features, Features), x));
        }

        for (var k = 0; k < Classes; k++)
        {
            _p[k] = theta[B2 + k] + FitMath.Dot(theta.Slice(W2 + (k * Hidden), Hidden), _h);
        }

        ClassMath.SoftmaxInPlace(_p);
    }

    /// <summary>After <see cref="Forward"/> on the same row: gradient += scale·∇θ ℓ(x, label).</summary>
    public void AddGradient(ReadOnlySpan<double> theta, ReadOnlySpan<double> x, int label, double scale, Span<double> gradient)
    {
        Backward(theta, label);
        for (var k = 0; k < Classes; k++)
        {
            AddScaled(gradient.Slice(W2 + (k * Hidden), Hidden), _h, scale * _dz[k]);
            gradient[B2 + k] += scale * _dz[k];
        }

        for (var j = 0; j < Hidden; j++)
        {
            AddScaled(gradient.Slice(j * Features, Features), x, scale * _da[j]);
            gradient[B1 + j] += scale * _da[j];
        }
    }

    /// <summary>After <see cref="Forward"/> on the same row: product += scale·∇²θ ℓ(x, label)·v, by the R-operator.</summary>
    public void AddHessianVector(ReadOnlySpan<double> theta, ReadOnlySpan<double> x, int label, ReadOnlySpan<double> v, double scale, Span<double> product)
    {
        Backward(theta, label);

        // Forward pass of R{·}: Ra = V₁x + c₁, Rh = (1 − h²)⊙Ra, Rz = V₂h + W₂Rh + c₂, Rp = p⊙Rz − p·(pᵀRz) = R(δz).
        for (var j = 0; j < Hidden; j++)
        {
            _rh[j] = (1.0 - (_h[j] * _h[j])) * (v[B1 + j] + FitMath.Dot(v.Slice(j * Features, Features), x));
        }

        var mean = 0.0;
        for (var k = 0; k < Classes; k++)
        {
            _rz[k] = v[B2 + k] + FitMath.Dot(v.Slice(W2 + (k * Hidden), Hidden), _h) + FitMath.Dot(theta.Slice(W2 + (k * Hidden), Hidden), _rh);
            mean += _p[k] * _rz[k];
        }

        for (var k = 0; k < Classes; k++)
        {
            var rdz = _p[k] * (_rz[k] - mean);
            _rz[k] = rdz;

            // R(∇W₂) = R(δz)hᵀ + δz(Rh)ᵀ.
            var block = product.Slice(W2 + (k * Hidden), Hidden);
            AddScaled(block, _h, scale * rdz);
            AddScaled(block, _rh, scale * _dz[k]);
            product[B2 + k] += scale * rdz;
        }

        // R(δh) = V₂ᵀδz + W₂ᵀR(δz); R(δa) = R(δh)⊙(1 − h²) − 2h⊙Rh⊙δh.
        Array.Clear(_rdh);
        for (var k = 0; k < Classes; k++)
        {
            AddScaled(_rdh, v.Slice(W2 + (k * Hidden), Hidden), _dz[k]);
            AddScaled(_rdh, theta.Slice(W2 + (k * Hidden), Hidden), _rz[k]);
        }

        for (var j = 0; j < Hidden; j++)
        {
            var rda = (_rdh[j] * (1.0 - (_h[j] * _h[j]))) - (2.0 * _h[j] * _rh[j] * _dh[j]);
            AddScaled(product.Slice(j * Features, Features), x, scale * rda);
            product[B1 + j] += scale * rda;
        }
    }

    /// <summary>destination += scale·values.</summary>
    private static void AddScaled(Span<double> destination, ReadOnlySpan<double> values, double scale)
    {
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] += scale * values[i];
        }
    }

    // δz = p − onehot(y), δh = W₂ᵀδz, δa = δh⊙(1 − h²).
    private void Backward(ReadOnlySpan<double> theta, int label)
    {
        for (var k = 0; k < Classes; k++)
        {
            _dz[k] = _p[k] - (k == label ? 1.0 : 0.0);
        }

        Array.Clear(_dh);
        for (var k = 0; k < Classes; k++)
        {
            AddScaled(_dh, theta.Slice(W2 + (k * Hidden), Hidden), _dz[k]);
        }

        for (var j = 0; j < Hidden; j++)
        {
            _da[j] = _dh[j] * (1.0 - (_h[j] * _h[j]));
        }
    }
}
