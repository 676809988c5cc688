namespace SampleImportance.Abstractions;

/// <summary>Optional things a model can do; the host matches them against <see cref="EstimatorRequirements"/>.</summary>
[Flags]
public enum ModelCapabilities
{
    /// <summary>Fit and predict only.</summary>
    None = 0,

    /// <summary><see cref="IModel.Fit"/> honours a warm start.</summary>
    WarmStart = 1,

    /// <summary>Accepts per-row weights in <see cref="IModel.Fit"/> (otherwise they are ignored).</summary>
    SampleWeights = 2,

    /// <summary>Models implement <see cref="IGradientModel"/>: per-sample gradients and Hessian–vector products.</summary>
    Gradients = 4,

    /// <summary><see cref="IGradientModel.Checkpoints"/> records the parameters along training (TracIn).</summary>
    Checkpoints = 8,
}
