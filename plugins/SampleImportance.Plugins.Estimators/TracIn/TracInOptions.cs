using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.TracIn;

/// <summary>Options of the <c>tracin</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class TracInOptions
{
    /// <summary>The plain gradient dot product of TracInCP.</summary>
    public const string DotName = "dot";

    /// <summary>The dot product of unit-normalised gradients (TracIn-cos).</summary>
    public const string CosineName = "cosine";

    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<TracInOptions> Binder { get; } = new OptionsBinder<TracInOptions>()
        .Text(
            "similarity",
            o => o.Similarity,
            (o, v) => o.Similarity = v,
            "'dot' (default): ∇ℓ(zᵢ; θₜ)·∇ℓ(z_v; θₜ) as in TracInCP (Pruthi et al. 2020); 'cosine': the same with each gradient scaled to unit length (TracIn-cos), so rows with huge gradients cannot dominate; a zero gradient counts 0.",
            [DotName, CosineName]);

    /// <summary>The gradient similarity, <c>dot</c> or <c>cosine</c>. Default <c>dot</c>, the paper's.</summary>
    public string Similarity { get; set; } = DotName;
}
