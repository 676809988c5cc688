using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.LinearRegression;

/// <summary>Options of the <c>linear-regression</c> model; the property initialisers are the defaults.</summary>
internal sealed class LinearRegressionOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<LinearRegressionOptions> Binder { get; } = new OptionsBinder<LinearRegressionOptions>()
        .Number(
            "l2",
            o => o.L2,
            (o, v) => o.L2 = v,
            "Ridge penalty λ on the coefficients, not the intercept, added as λ/2·‖β‖² to the summed (not averaged) weighted ½·squared error; not scaled by n, so λ = alpha of scikit-learn's Ridge (default 0.001: close to least squares, yet collinear features still fit).",
            minimum: 0,
            maximum: 1e12)
        .Boolean(
            "fit-intercept",
            o => o.FitIntercept,
            (o, v) => o.FitIntercept = v,
            "Fit an unpenalised intercept as the last parameter (default true).");

    /// <summary>Ridge penalty λ on the coefficients (not the intercept), not scaled by n. Default 0.001.</summary>
    public double L2 { get; set; } = 1e-3;

    /// <summary>Whether θ ends with an unpenalised intercept. Default true.</summary>
    public bool FitIntercept { get; set; } = true;
}
