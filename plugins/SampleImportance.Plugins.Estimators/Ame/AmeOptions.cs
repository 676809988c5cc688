using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.Ame;

/// <summary>Options of the <c>ame</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class AmeOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<AmeOptions> Binder { get; } = new OptionsBinder<AmeOptions>()
        .Integer(
            "samples",
            o => o.Samples,
            (o, v) => o.Samples = v,
            "Random subsets evaluated in all, cycling the inclusion probability over {0.2, 0.4, 0.6, 0.8} (default 1000; OpenDataVal's num_models = 1000 per probability, i.e. 4000).",
            minimum: 2,
            maximum: 100_000_000)
        .Number(
            "l1",
            o => o.L1,
            (o, v) => o.L1 = v,
            "LASSO penalty λ on the standardised indicators, objective (1/2m)‖y − Xb‖² + λ‖b‖₁ (default 0 = chosen by cv-folds cross-validation, as OpenDataVal's LassoCV).",
            minimum: 0,
            maximum: 1e12)
        .Integer(
            "cv-folds",
            o => o.CvFolds,
            (o, v) => o.CvFolds = v,
            "Folds of the cross-validation that picks λ when l1 = 0: contiguous folds over the samples, as scikit-learn's LassoCV (default 5).",
            minimum: 2,
            maximum: 100)
        .Integer(
            "cv-alphas",
            o => o.CvAlphas,
            (o, v) => o.CvAlphas = v,
            "Penalties tried by the cross-validation, log-spaced from λ_max (all coefficients 0) down to λ_max/1000 (default 30; LassoCV tries 100).",
            minimum: 1,
            maximum: 1000);

    /// <summary>Subsets evaluated. Default 1000.</summary>
    public int Samples { get; set; } = 1000;

    /// <summary>Fixed λ; 0 = cross-validated. Default 0.</summary>
    public double L1 { get; set; }

    /// <summary>Cross-validation folds. Default 5.</summary>
    public int CvFolds { get; set; } = 5;

    /// <summary>Penalties on the cross-validation path. Default 30.</summary>
    public int CvAlphas { get; set; } = 30;
}
