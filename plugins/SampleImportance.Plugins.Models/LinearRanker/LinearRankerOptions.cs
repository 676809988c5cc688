using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.LinearRanker;

/// <summary>Options of the <c>linear-ranker</c> model; the property initialisers are the defaults.</summary>
internal sealed class LinearRankerOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<LinearRankerOptions> Binder { get; } = new OptionsBinder<LinearRankerOptions>()
        .Number(
            "l2",
            o => o.L2,
            (o, v) => o.L2 = v,
            "L2 penalty λ on the weights, added as λ/2·‖w‖² to the summed (not averaged) pairwise logistic loss; not scaled by the pair count (default 1).",
            minimum: 0,
            maximum: 1e12)
        .Integer("max-iterations", o => o.MaxIterations, (o, v) => o.MaxIterations = v, "Most Newton steps per fit (default 100).", minimum: 1, maximum: 100_000)
        .Number(
            "tolerance",
            o => o.Tolerance,
            (o, v) => o.Tolerance = v,
            "Converged when the largest gradient component is at most tolerance × total pair weight (default 1e-9).",
            minimum: 0,
            maximum: 1);

    /// <summary>L2 penalty λ on the weights, not scaled by the pair count. Default 1.</summary>
    public double L2 { get; set; } = 1.0;

    /// <summary>Most Newton steps per fit. Default 100.</summary>
    public int MaxIterations { get; set; } = 100;

    /// <summary>Gradient tolerance relative to the total pair weight. Default 1e-9.</summary>
    public double Tolerance { get; set; } = 1e-9;
}
