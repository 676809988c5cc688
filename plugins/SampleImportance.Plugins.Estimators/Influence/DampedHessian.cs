using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.Influence;

/// <summary>
/// H + λI, with H the Hessian of the fitted model's training objective over every training row (summed weighted loss
/// plus its regulariser), applied through <see cref="IGradientModel.HessianVectorProduct"/>.
/// </summary>
internal sealed class DampedHessian
{
    private readonly IGradientModel _model;
    private readonly SampleSet _train;
    private readonly int[] _rows;

    public DampedHessian(IGradientModel model, SampleSet train, int[] rows, double damping)
    {
        _model = model;
        _train = train;
        _rows = rows;
        Damping = damping;
    }

    /// <summary>λ.</summary>
    public double Damping { get; }

    /// <summary>p.</summary>
    public int Dimension => _model.ParameterCount;

    /// <summary>Number of training rows.</summary>
    public int Count => _rows.Length;

    /// <summary>(H + λI)·v.</summary>
    public void Multiply(ReadOnlySpan<double> vector, Span<double> product)
    {
        _model.HessianVectorProduct(_train, _rows, vector, product);
        AddDamping(vector, product);
    }

    /// <summary>
    /// An unbiased estimate of (H + λI)·v from a sample of rows: (n/b)·(H_B − R)·v + R·v + λv, where H_B is the Hessian over
    /// the b sampled rows and R the regulariser's (the objective over no rows). Unbiased for a row-separable loss.
    /// </summary>
    public void MultiplySampled(ReadOnlySpan<int> batch, ReadOnlySpan<double> vector, Span<double> product)
    {
        var regulariser = new double[Dimension];
        _model.HessianVectorProduct(_train, [], vector, regulariser);
        _model.HessianVectorProduct(_train, batch, vector, product);
        var scale = (double)Count / batch.Length;
        for (var a = 0; a < product.Length; a++)
        {
            product[a] = (scale * (product[a] - regulariser[a])) + regulariser[a];
        }

        AddDamping(vector, product);
    }

    /// <summary>Writes the full H + λI when the model can (false otherwise).</summary>
    public bool TryWrite(Span<double> matrix)
    {
        if (!_model.TryComputeHessian(_train, _rows, matrix))
        {
            return false;
        }

        for (var a = 0; a < Dimension; a++)
        {
            matrix[(a * Dimension) + a] += Damping;
        }

        return true;
    }

    private void AddDamping(ReadOnlySpan<double> vector, Span<double> product)
    {
        for (var a = 0; a < product.Length; a++)
        {
            product[a] += Damping * vector[a];
        }
    }
}
