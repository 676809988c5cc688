using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.GradientNorm;

/// <summary>Options of the <c>gradient-norm</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class GradientNormOptions
{
    /// <summary>‖p(x) − onehot(y)‖₂, from the predictions alone.</summary>
    public const string El2nName = "el2n";

    /// <summary>‖∇θ ℓ(x, y; θ)‖₂, from the model's per-sample gradients.</summary>
    public const string GrandName = "grand";

    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<GradientNormOptions> Binder { get; } = new OptionsBinder<GradientNormOptions>()
        .Text(
            "score",
            o => o.Score,
            (o, v) => o.Score = v,
            "'el2n' (default): ‖p(x) − onehot(y)‖₂ of the fitted model's class scores (|y − ŷ| for a single score), any model; 'grand': ‖∇θ ℓ‖₂, the per-sample loss gradient norm, models with gradients only (Paul et al. 2021).",
            [El2nName, GrandName]);

    /// <summary>The score, <c>el2n</c> or <c>grand</c>. Default <c>el2n</c> (it needs no gradients, so it runs on every model).</summary>
    public string Score { get; set; } = El2nName;
}
