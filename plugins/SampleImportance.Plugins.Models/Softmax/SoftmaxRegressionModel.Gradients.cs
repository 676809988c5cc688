using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.Softmax;

/// <summary>
/// The <see cref="IGradientModel"/> side: θ class-major (W_c then b_c), p = C·(d + 1), per-sample loss ℓ = −log p_y and
/// objective Σ wᵢℓᵢ + λ/2·Σ_c‖W_c‖² with the data's own weights. With λ = 0, or with every class present, the Hessian is
/// singular along the shared-intercept direction (and the shared-coefficient one when λ = 0): influence needs damping.
/// </summary>
internal sealed partial class SoftmaxRegressionModel
{
    /// <summary>The largest p whose p × p Hessian <see cref="TryComputeHessian"/> writes (32 MiB of doubles).</summary>
    internal const int MaxHessianDimension = 2048;

    /// <summary>C·(d + 1) once fitted; 0 before the first fit.</summary>
    public int ParameterCount => _theta?.Length ?? 0;

    /// <summary>Always empty: Newton iterates are few and far apart, so the model does not declare checkpoints.</summary>
    public IReadOnlyList<TrainingCheckpoint> Checkpoints => [];

    public void CopyParameters(Span<double> destination)
    {
        var theta = FittedTheta();
        FitMath.CheckLength(destination.Length, theta.Length, nameof(destination));
        theta.CopyTo(destination);
    }

    /// <summary>(p_c − [c = y])·(x, 1) into class c's block, per row: unweighted, no penalty.</summary>
    public void LossGradients(SampleSet data, ReadOnlySpan<int> rows, Span<double> gradients)
    {
        ArgumentNullException.ThrowIfNull(data);
        var theta = FittedTheta();
        CheckFeatures(data);
        var p = theta.Length;
        var width = _featureCount + 1;
        FitMath.CheckLength(gradients.Length, rows.Length * p, nameof(gradients));
        var row = new double[_featureCount];
        var probabilities = new double[_classes];
        for (var i = 0; i < rows.Length; i++)
        {
            var label = ClassMath.CheckedClass(data, rows[i], _classes, SoftmaxProblem.ModelName);
            ClassMath.Widen(data.Row(rows[i]), row);
            SoftmaxProblem.Probabilities(theta, row, probabilities);
            var gradient = gradients.Slice(i * p, p);
            gradient.Clear();
            for (var c = 0; c < _classes; c++)
            {
                SoftmaxProblem.AddScaledRow(gradient.Slice(c * width, width), row, probabilities[c] - (c == label ? 1.0 : 0.0));
            }
        }
    }

    public void HessianVectorProduct(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> vector, Span<double> product)
    {
        ArgumentNullException.ThrowIfNull(data);
        var theta = FittedTheta();
        CheckFeatures(data);
        ObjectiveDerivatives.HessianVectorProduct(ObjectiveOver(data, rows), theta, vector, product);
    }

    public bool TryComputeHessian(SampleSet data, ReadOnlySpan<int> rows, Span<double> hessian)
    {
        ArgumentNullException.ThrowIfNull(data);
        var theta = FittedTheta();
        CheckFeatures(data);
        if (theta.Length > MaxHessianDimension)
        {
            return false;
        }

        ObjectiveDerivatives.Hessian(ObjectiveOver(data, rows), theta, hessian);
        return true;
    }

    private SoftmaxProblem ObjectiveOver(SampleSet data, ReadOnlySpan<int> rows) =>
        SoftmaxProblem.Create(data, rows, FitMath.DataWeights(data, rows), _classes, _options.L2);
}
