using SampleImportance.Abstractions;

namespace SampleImportance.Data.Corruptions;

/// <summary>A corruption to inject into the training split.</summary>
/// <param name="Kind"><c>label-flip</c> or <c>fake-clicks</c>.</param>
/// <param name="Rate">Fraction of training rows to corrupt, in (0, 1).</param>
/// <param name="Parameters">Kind-specific extras (none today).</param>
public sealed record CorruptionRequest(string Kind, double Rate, PluginParameters Parameters)
{
    /// <summary>Stable text for cell keys and cache keys, e.g. <c>fake-clicks(0.1)</c>.</summary>
    public string Key => FormattableString.Invariant($"{Kind}({Rate})");
}
