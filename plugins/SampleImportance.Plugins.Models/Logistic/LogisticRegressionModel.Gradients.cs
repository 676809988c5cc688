using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>
/// The <see cref="IGradientModel"/> side: θ = (β, b), p = d + 1, per-sample loss ℓ = log(1 + e^z) − y·z with
/// z = b + βᵀx, and the objective Σ wᵢ·ℓᵢ + λ/2·‖β‖² Newton minimised. A degenerate fit (no rows, or one class)
/// predicts the prior c; its gradients are taken at the θ that predicts the same, β = 0 and b = logit(c), so every
/// fitted model can be differentiated. The objective's weights are the data's own (<see cref="SampleSet.Weights"/>),
/// since these members take no weights of their own.
/// </summary>
internal sealed partial class LogisticRegressionModel
{
    /// <summary>The largest p whose p × p Hessian <see cref="TryComputeHessian"/> writes (32 MiB of doubles).</summary>
    internal const int MaxHessianDimension = 2048;

    /// <summary>d + 1 once fitted; 0 before the first fit.</summary>
    public int ParameterCount => _fitted ? _featureCount + 1 : 0;

    /// <summary>The Newton iterates of the last fit, oldest first: each the θ a step started from and the step length it took.</summary>
    public IReadOnlyList<TrainingCheckpoint> Checkpoints =>
        _checkpoints ??= _iterates?.ToCheckpoints(theta => new LogisticRegressionModel(_options, theta)) ?? [];

    public void CopyParameters(Span<double> destination)
    {
        var theta = GradientTheta();
        FitMath.CheckLength(destination.Length, theta.Length, nameof(destination));
        theta.CopyTo(destination);
    }

    /// <summary>(σ(zᵢ) − yᵢ)·(xᵢ, 1) per row: unweighted, no penalty.</summary>
    public void LossGradients(SampleSet data, ReadOnlySpan<int> rows, Span<double> gradients)
    {
        ArgumentNullException.ThrowIfNull(data);
        var theta = GradientTheta();
        CheckFeatures(data);
        var p = theta.Length;
        FitMath.CheckLength(gradients.Length, rows.Length * p, nameof(gradients));
        for (var i = 0; i < rows.Length; i++)
        {
            var features = data.Row(rows[i]);
            var residual = Sigmoid(Margin(theta, features)) - NewtonProblem.CheckedLabel(data, rows[i]);
            var gradient = gradients.Slice(i * p, p);
            for (var f = 0; f < _featureCount; f++)
            {
                gradient[f] = residual * features[f];
            }

            gradient[_featureCount] = residual;
        }
    }

    public void HessianVectorProduct(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> vector, Span<double> product)
    {
        ArgumentNullException.ThrowIfNull(data);
        var theta = GradientTheta();
        CheckFeatures(data);
        ObjectiveDerivatives.HessianVectorProduct(ObjectiveOver(data, rows), theta, vector, product);
    }

    public bool TryComputeHessian(SampleSet data, ReadOnlySpan<int> rows, Span<double> hessian)
    {
        ArgumentNullException.ThrowIfNull(data);
        var theta = GradientTheta();
        CheckFeatures(data);
        if (theta.Length > MaxHessianDimension)
        {
            return false;
        }

        ObjectiveDerivatives.Hessian(ObjectiveOver(data, rows), theta, hessian);
        return true;
    }

    private NewtonProblem ObjectiveOver(SampleSet data, ReadOnlySpan<int> rows) =>
        NewtonProblem.Create(data, rows, FitMath.DataWeights(data, rows), _options.L2);

    private double[] GradientTheta()
    {
        if (!_fitted)
        {
            throw new InvalidOperationException("The model has not been fitted: gradients are taken at the fitted parameters.");
        }

        if (_theta is not null)
        {
            return _theta;
        }

        var theta = new double[_featureCount + 1];
        theta[_featureCount] = Math.Log(_constant / (1.0 - _constant));
        return theta;
    }
}
