namespace SampleImportance.Abstractions;

/// <summary>What an estimator needs from a model, so the host can skip impossible combinations with a reason.</summary>
[Flags]
public enum EstimatorRequirements
{
    /// <summary>Model-free: needs only the data (and the compute backend).</summary>
    None = 0,

    /// <summary>Retrains the model on subsets through <see cref="EstimationContext.Utility"/>.</summary>
    Retraining = 1,

    /// <summary>Fits the model once and reads its predictions.</summary>
    FittedModel = 2,

    /// <summary>Needs <see cref="IGradientModel"/> (<see cref="ModelCapabilities.Gradients"/>).</summary>
    Gradients = 4,

    /// <summary>Needs training checkpoints (<see cref="ModelCapabilities.Checkpoints"/>).</summary>
    Checkpoints = 8,
}
