using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.Mlp;

/// <summary>
/// The <see cref="IGradientModel"/> side, at the parameters after the last epoch (θ laid out as in <see cref="MlpNetwork"/>):
/// per-sample ℓ = −log p_y, objective Σ wᵢℓᵢ + λ/2·‖W‖² with the data's own weights. SGD stops after a fixed number of
/// epochs, not at a stationary point, so the objective's gradient at θ need not vanish and its Hessian need not be positive
/// definite (the network is not convex): influence on an mlp needs damping.
/// </summary>
internal sealed partial class MlpModel
{
    /// <summary>The largest p whose p × p Hessian <see cref="TryComputeHessian"/> writes: it costs p Hessian–vector products.</summary>
    internal const int MaxHessianDimension = 1024;

    /// <summary>H·(d + 1) + K·(H + 1) once fitted; 0 before the first fit.</summary>
    public int ParameterCount => _theta?.Length ?? 0;

    /// <summary>Frozen copies after evenly spaced epochs, oldest first, each with the learning rate; empty for a checkpoint or an empty fit.</summary>
    public IReadOnlyList<TrainingCheckpoint> Checkpoints => _checkpoints;

    public void CopyParameters(Span<double> destination)
    {
        var theta = _theta ?? throw new InvalidOperationException("The model has not been fitted.");
        FitMath.CheckLength(destination.Length, theta.Length, nameof(destination));
        theta.CopyTo(destination);
    }

    /// <summary>∇θ ℓ per row by backpropagation: unweighted, no penalty.</summary>
    public void LossGradients(SampleSet data, ReadOnlySpan<int> rows, Span<double> gradients)
    {
        var (network, theta) = Fitted(data);
        var p = theta.Length;
        FitMath.CheckLength(gradients.Length, rows.Length * p, nameof(gradients));
        gradients.Clear();
        var row = new double[network.Features];
        for (var i = 0; i < rows.Length; i++)
        {
            var label = ClassMath.CheckedClass(data, rows[i], network.Classes, ModelName);
            ClassMath.Widen(data.Row(rows[i]), row);
            network.Forward(theta, row);
            network.AddGradient(theta, row, label, 1.0, gradients.Slice(i * p, p));
        }
    }

    /// <summary>Exact H·v by the R-operator, summed over the rows with the data's weights, plus λ·v on the weights.</summary>
    public void HessianVectorProduct(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> vector, Span<double> product)
    {
        var (network, theta) = Fitted(data);
        FitMath.CheckLength(vector.Length, theta.Length, nameof(vector));
        FitMath.CheckLength(product.Length, theta.Length, nameof(product));
        product.Clear();
        var weights = FitMath.DataWeights(data, rows);
        var row = new double[network.Features];
        for (var i = 0; i < rows.Length; i++)
        {
            var label = ClassMath.CheckedClass(data, rows[i], network.Classes, ModelName);
            ClassMath.Widen(data.Row(rows[i]), row);
            network.Forward(theta, row);
            network.AddHessianVector(theta, row, label, vector, FitMath.CheckedWeight(weights, i), product);
        }

        for (var j = 0; j < theta.Length; j++)
        {
            product[j] += network.IsWeight(j) ? _options.L2 * vector[j] : 0.0;
        }
    }

    /// <summary>The Hessian column by column (H·e_j), then symmetrised, for p ≤ <see cref="MaxHessianDimension"/>.</summary>
    public bool TryComputeHessian(SampleSet data, ReadOnlySpan<int> rows, Span<double> hessian)
    {
        var (_, theta) = Fitted(data);
        var p = theta.Length;
        if (p > MaxHessianDimension)
        {
            return false;
        }

        FitMath.CheckLength(hessian.Length, p * p, nameof(hessian));
        var basis = new double[p];
        var column = new double[p];
        for (var j = 0; j < p; j++)
        {
            basis[j] = 1.0;
            HessianVectorProduct(data, rows, basis, column);
            basis[j] = 0.0;
            for (var a = 0; a < p; a++)
            {
                hessian[(a * p) + j] = column[a];
            }
        }

        // The R-operator's columns agree with its rows up to rounding; averaging makes H exactly symmetric.
        for (var a = 0; a < p; a++)
        {
            for (var b = a + 1; b < p; b++)
            {
                var mean = 0.5 * (hessian[(a * p) + b] + hessian[(b * p) + a]);
                hessian[(a * p) + b] = mean;
                hessian[(b * p) + a] = mean;
            }
        }

        return true;
    }
}
