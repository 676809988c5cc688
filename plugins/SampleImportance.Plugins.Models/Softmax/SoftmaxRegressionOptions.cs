using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Softmax;

/// <summary>Options of the <c>softmax-regression</c> model; the property initialisers are the defaults.</summary>
internal sealed class SoftmaxRegressionOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<SoftmaxRegressionOptions> Binder { get; } = new OptionsBinder<SoftmaxRegressionOptions>()
        .Number(
            "l2",
            o => o.L2,
            (o, v) => o.L2 = v,
            "L2 penalty λ on every class's coefficients, not the intercepts, added as λ/2·Σ_c‖W_c‖² to the summed (not averaged) weighted log-loss, as logistic-regression's l2; with two classes l2 = 2λ fits logistic-regression's l2 = λ (default 1).",
            minimum: 0,
            maximum: 1e12)
        .Integer("max-iterations", o => o.MaxIterations, (o, v) => o.MaxIterations = v, "Most Newton steps per fit (default 100).", minimum: 1, maximum: 100_000)
        .Number(
            "tolerance",
            o => o.Tolerance,
            (o, v) => o.Tolerance = v,
            "Converged when the largest gradient component is at most tolerance × total sample weight (default 1e-8).",
            minimum: 0,
            maximum: 1);

    /// <summary>L2 penalty λ on the coefficients (not the intercepts), not scaled by n. Default 1.</summary>
    public double L2 { get; set; } = 1.0;

    /// <summary>Most Newton steps per fit. Default 100.</summary>
    public int MaxIterations { get; set; } = 100;

    /// <summary>Gradient tolerance relative to the total sample weight. Default 1e-8.</summary>
    public double Tolerance { get; set; } = 1e-8;
}
