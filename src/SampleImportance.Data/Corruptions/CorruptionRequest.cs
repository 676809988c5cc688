using SampleImportance.Abstractions;

namespace SampleImportance.Data.Corruptions;

/// <summary>A corruption to inject into the training split.</summary>
/// <param name="Kind">A name in the <see cref="CorruptionCatalog"/>.</param>
/// <param name="Rate">Fraction of training rows to corrupt, in (0, 1).</param>
/// <param name="Parameters">Kind-specific parameters (effective, when read from a suite).</param>
public sealed record CorruptionRequest(string Kind, double Rate, PluginParameters Parameters)
{
    /// <summary>Stable text for cell keys and cache keys, e.g. <c>fake-clicks(0.1)</c>.</summary>
    public string Key => FormattableString.Invariant($"{Kind}({Rate})");
}
