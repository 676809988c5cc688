using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.LinearRanker;

/// <summary>
/// The <see cref="IGradientModel"/> side: θ = w, p = d. A pair's loss is shared equally by its two rows, so row i's loss
/// is ℓᵢ = ½·Σⱼ wⱼ·log(1 + e^{−(s_h − s_l)}) over its pairs among the rows passed in the same call (same group, different
/// label), and Σ wᵢ·ℓᵢ over the fitted rows is the fitted pair loss. The weights are the data's own
/// (<see cref="SampleSet.Weights"/>), since these members take no weights of their own.
/// </summary>
internal sealed partial class LinearRankerModel
{
    /// <summary>The largest p whose p × p Hessian <see cref="TryComputeHessian"/> writes (32 MiB of doubles).</summary>
    internal const int MaxHessianDimension = 2048;

    /// <summary>d once fitted; 0 before the first fit.</summary>
    public int ParameterCount => _fitted ? _featureCount : 0;

    /// <summary>Empty: the model does not declare <see cref="ModelCapabilities.Checkpoints"/>.</summary>
    public IReadOnlyList<TrainingCheckpoint> Checkpoints => [];

    public void CopyParameters(Span<double> destination)
    {
        var theta = FittedTheta();
        FitMath.CheckLength(destination.Length, theta.Length, nameof(destination));
        theta.CopyTo(destination);
    }

    /// <summary>∇θ ℓᵢ per row (see the class summary): unweighted by the row's own weight, no penalty.</summary>
    public void LossGradients(SampleSet data, ReadOnlySpan<int> rows, Span<double> gradients)
    {
        ArgumentNullException.ThrowIfNull(data);
        var theta = FittedTheta();
        CheckFeatures(data);
        FitMath.CheckLength(gradients.Length, rows.Length * theta.Length, nameof(gradients));
        ObjectiveOver(data, rows).RowLossGradients(theta, gradients);
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

    private PairwiseProblem ObjectiveOver(SampleSet data, ReadOnlySpan<int> rows) =>
        PairwiseProblem.Create(data, rows, FitMath.DataWeights(data, rows), _options.L2);

    private double[] FittedTheta() => _fitted
        ? _theta
        : throw new InvalidOperationException("The model has not been fitted: gradients are taken at the fitted parameters.");
}
