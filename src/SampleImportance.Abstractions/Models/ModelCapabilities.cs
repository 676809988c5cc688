namespace SampleImportance.Abstractions;

/// <summary>Optional things a model can do; the host matches them against <see cref="EstimatorRequirements"/>.</summary>
[Flags]
public enum ModelCapabilities
{
    /// <summary>Fit and predict only.</summary>
    None = 0,

    /// <summary>
    /// <see cref="IModel.Fit"/> honours a warm start and ends at the same model as a cold fit (within the fit's own
    /// tolerance), so only the cost changes. Estimators start fits from supersets (leave-one-out, banzhaf-msr,
    /// data-oob start from the full-data fit): a model whose result depends on its start (SGD for a fixed number of
    /// epochs) must not declare it, or those fits would leak the rows held out.
    /// </summary>
    WarmStart = 1,

    /// <summary>Accepts per-row weights in <see cref="IModel.Fit"/> (otherwise they are ignored).</summary>
    SampleWeights = 2,

    /// <summary>Models implement <see cref="IGradientModel"/>: per-sample gradients and Hessian–vector products.</summary>
    Gradients = 4,

    /// <summary><see cref="IGradientModel.Checkpoints"/> records the parameters along training (TracIn).</summary>
    Checkpoints = 8,
}
