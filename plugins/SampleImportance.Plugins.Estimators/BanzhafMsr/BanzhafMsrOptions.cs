using SampleImportance.Abstractions;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Plugins.Estimators.BanzhafMsr;

/// <summary>Options of the <c>banzhaf-msr</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class BanzhafMsrOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<BanzhafMsrOptions> Binder { get; } = new OptionsBinder<BanzhafMsrOptions>()
        .Integer(
            "samples",
            o => o.Samples,
            (o, v) => o.Samples = v,
            "Most random subsets to evaluate, one utility evaluation each, every one reused by all units (default 2000: our choice, a budget of the order Wang & Jia 2023 compare estimators at).",
            minimum: 1,
            maximum: 100_000_000)
        .Number(
            "convergence-tolerance",
            o => o.ConvergenceTolerance,
            (o, v) => o.ConvergenceTolerance = v,
            "Stop early once the largest standard error ≤ tolerance × the largest |value| (default 0.05, as tmc-shapley; 0 = always evaluate all samples).",
            minimum: 0,
            maximum: 1e6)
        .Integer("min-samples", o => o.MinSamples, (o, v) => o.MinSamples = v, "Subsets before early stopping may stop sampling (default 100: each unit then has about 50 on each side).", minimum: 2, maximum: 100_000_000);

    /// <summary>Most subsets. Default 2000.</summary>
    public int Samples { get; set; } = 2000;

    /// <summary>Early-stopping tolerance; 0 disables early stopping. Default 0.05.</summary>
    public double ConvergenceTolerance { get; set; } = 0.05;

    /// <summary>Subsets before early stopping is considered. Default 100.</summary>
    public int MinSamples { get; set; } = 100;

    /// <summary>The sample cap, or early convergence.</summary>
    public StoppingRule CreateStopping() => new MaxUpdates(Samples, "samples") | new StandardErrorConvergence(ConvergenceTolerance, MinSamples);
}
