namespace SampleImportance.Abstractions;

/// <summary>
/// A model with <see cref="ModelCapabilities.Gradients"/>: everything influence functions, TracIn, gradient norms and
/// DataInf need, at the fitted parameters θ. The loss ℓ is the per-sample loss the model minimises (log-loss for
/// logistic regression); the objective is Σ wᵢ·ℓᵢ(θ) + the model's regulariser over the rows it was fitted on.
/// </summary>
public interface IGradientModel : IModel
{
    /// <summary>Number of parameters p (the length of one gradient).</summary>
    int ParameterCount { get; }

    /// <summary>Copies θ.</summary>
    /// <param name="destination"><see cref="ParameterCount"/> long.</param>
    void CopyParameters(Span<double> destination);

    /// <summary>Per-sample loss gradients ∇θ ℓ(zᵢ; θ), unweighted and without the regulariser.</summary>
    /// <param name="data">The table the rows index.</param>
    /// <param name="rows">Rows to differentiate.</param>
    /// <param name="gradients">Row-major destination, rows.Length × <see cref="ParameterCount"/>.</param>
    void LossGradients(SampleSet data, ReadOnlySpan<int> rows, Span<double> gradients);

    /// <summary>H·v, with H the Hessian of the objective over <paramref name="rows"/> (summed weighted loss plus regulariser).</summary>
    /// <param name="data">The table the rows index.</param>
    /// <param name="rows">Rows of the objective (usually the rows it was fitted on).</param>
    /// <param name="vector">v, <see cref="ParameterCount"/> long.</param>
    /// <param name="product">Destination, <see cref="ParameterCount"/> long.</param>
    void HessianVectorProduct(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> vector, Span<double> product);

    /// <summary>The full Hessian of the same objective, where p is small enough to hold p × p; false (nothing written) otherwise.</summary>
    /// <param name="data">The table the rows index.</param>
    /// <param name="rows">Rows of the objective.</param>
    /// <param name="hessian">Row-major destination, p × p.</param>
    bool TryComputeHessian(SampleSet data, ReadOnlySpan<int> rows, Span<double> hessian);

    /// <summary>
    /// Snapshots of the parameters along the last fit, oldest first, each with its step size (empty unless the model has
    /// <see cref="ModelCapabilities.Checkpoints"/>). TracIn sums ηₜ·∇ℓ(z; θₜ)·∇ℓ(z′; θₜ) over them.
    /// </summary>
    IReadOnlyList<TrainingCheckpoint> Checkpoints { get; }
}
