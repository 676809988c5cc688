namespace SampleImportance.Abstractions;

/// <summary>Optional things a model can do.</summary>
[Flags]
public enum ModelCapabilities
{
    /// <summary>Fit, predict and score only.</summary>
    None = 0,

    /// <summary><see cref="IModel.Fit"/> honours a warm start.</summary>
    WarmStart = 1,

    /// <summary>Per-sample gradients are available.</summary>
    Gradients = 2,

    /// <summary>Accepts per-row weights.</summary>
    SampleWeights = 4,
}
