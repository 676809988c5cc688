namespace SampleImportance.Abstractions;

/// <summary>What an estimator needs from a model, so the host can skip impossible combinations.</summary>
[Flags]
public enum EstimatorRequirements
{
    /// <summary>Model-free: needs only the data (and the compute backend).</summary>
    None = 0,

    /// <summary>Retrains the model on subsets through <see cref="EstimationContext.Utility"/>.</summary>
    Retraining = 1,

    /// <summary>Needs a model that predicts scores (<see cref="IModel.Predict"/>) after one fit.</summary>
    FittedModel = 2,

    /// <summary>Needs per-sample gradients (<see cref="ModelCapabilities.Gradients"/>).</summary>
    Gradients = 4,
}
