using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.LinearRegression;

/// <summary>
/// The <see cref="IGradientModel"/> side: per-sample loss ℓ = ½(y − θᵀx̃)², gradient (θᵀx̃ − y)·x̃, and the constant
/// Hessian Σ wᵢx̃ᵢx̃ᵢᵀ + λĨ of the objective over the given rows, weighted by the data's own weights as in the fit.
/// </summary>
internal sealed partial class LinearRegressionModel
{
    /// <summary>The largest p whose p × p Hessian <see cref="TryComputeHessian"/> writes (32 MiB of doubles), as for logistic regression.</summary>
    internal const int MaxHessianDimension = 2048;

    /// <summary>p = d (+ 1 with the intercept) once fitted; 0 before the first fit.</summary>
    public int ParameterCount => _theta.Length;

    /// <summary>None: the closed form has no iterates.</summary>
    public IReadOnlyList<TrainingCheckpoint> Checkpoints => [];

    public void CopyParameters(Span<double> destination)
    {
        CheckGradientsReady();
        FitMath.CheckLength(destination.Length, _theta.Length, nameof(destination));
        _theta.CopyTo(destination);
    }

    /// <summary>(θᵀx̃ᵢ − yᵢ)·x̃ᵢ per row: unweighted, no penalty.</summary>
    public void LossGradients(SampleSet data, ReadOnlySpan<int> rows, Span<double> gradients)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckGradientsReady();
        CheckFitted(data);
        var p = _theta.Length;
        FitMath.CheckLength(gradients.Length, rows.Length * p, nameof(gradients));
        for (var i = 0; i < rows.Length; i++)
        {
            var features = data.Row(rows[i]);
            var residual = Score(_theta, features) - RidgeProblem.CheckedLabel(data, rows[i]);
            var gradient = gradients.Slice(i * p, p);
            for (var f = 0; f < _featureCount; f++)
            {
                gradient[f] = residual * features[f];
            }

            if (p > _featureCount)
            {
                gradient[_featureCount] = residual;
            }
        }
    }

    public void HessianVectorProduct(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> vector, Span<double> product)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckGradientsReady();
        CheckFitted(data);
        FitMath.CheckLength(vector.Length, _theta.Length, nameof(vector));
        FitMath.CheckLength(product.Length, _theta.Length, nameof(product));
        ObjectiveOver(data, rows).HessianVectorProduct(vector, product);
    }

    public bool TryComputeHessian(SampleSet data, ReadOnlySpan<int> rows, Span<double> hessian)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckGradientsReady();
        CheckFitted(data);
        var p = _theta.Length;
        if (p > MaxHessianDimension)
        {
            return false;
        }

        FitMath.CheckLength(hessian.Length, p * p, nameof(hessian));
        ObjectiveOver(data, rows).NormalEquations(hessian, new double[p]);
        return true;
    }

    private RidgeProblem ObjectiveOver(SampleSet data, ReadOnlySpan<int> rows) =>
        RidgeProblem.Create(data, rows, FitMath.DataWeights(data, rows), _options);

    private void CheckGradientsReady()
    {
        if (!_fitted)
        {
            throw new InvalidOperationException("The model has not been fitted: gradients are taken at the fitted parameters.");
        }
    }
}
