using SampleImportance.Abstractions;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Plugins.Estimators.BetaShapley;

/// <summary>Options of the <c>beta-shapley</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class BetaShapleyOptions
{
    /// <summary>Uniform permutations, as Kwon &amp; Zou's Algorithm 1 (the default).</summary>
    public const string PermutationSamplerName = "permutation";

    /// <summary>Stratified by subset size, per player.</summary>
    public const string StratifiedSamplerName = "stratified";

    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<BetaShapleyOptions> Binder { get; } = new OptionsBinder<BetaShapleyOptions>()
        .Number(
            "alpha",
            o => o.Alpha,
            (o, v) => o.Alpha = v,
            "α of the Beta(α, β) weight; α > β puts the weight on SMALL subsets (default 16, Kwon & Zou 2022's recommended Beta(16, 1); α = β = 1 is Shapley).",
            minimum: 1e-6,
            maximum: 1e6)
        .Number(
            "beta",
            o => o.Beta,
            (o, v) => o.Beta = v,
            "β of the Beta(α, β) weight; β > α puts the weight on large subsets (default 1, Kwon & Zou 2022).",
            minimum: 1e-6,
            maximum: 1e6)
        .Text(
            "sampler",
            o => o.Sampler,
            (o, v) => o.Sampler = v,
            "'permutation' (default): uniform permutations with importance-weighted marginal contributions, as Kwon & Zou's Algorithm 1; 'stratified': per player, a uniform size then a uniform subset of it.",
            [PermutationSamplerName, StratifiedSamplerName])
        .Integer("samples", o => o.Samples, (o, v) => o.Samples = v, "Most updates: permutations, or player sweeps for 'stratified' (default 500, as tmc-shapley).", minimum: 1, maximum: 100_000_000)
        .Number(
            "convergence-tolerance",
            o => o.ConvergenceTolerance,
            (o, v) => o.ConvergenceTolerance = v,
            "Stop early once the largest standard error ≤ tolerance × the largest |value| (default 0.05, as tmc-shapley; 0 = always run all samples).",
            minimum: 0,
            maximum: 1e6)
        .Integer("min-samples", o => o.MinSamples, (o, v) => o.MinSamples = v, "Updates before early stopping may stop sampling (default 30, as tmc-shapley).", minimum: 2, maximum: 100_000_000);

    /// <summary>α. Default 16 (Kwon &amp; Zou 2022).</summary>
    public double Alpha { get; set; } = 16;

    /// <summary>β. Default 1 (Kwon &amp; Zou 2022).</summary>
    public double Beta { get; set; } = 1;

    /// <summary>The sampler, <c>permutation</c> or <c>stratified</c>. Default <c>permutation</c>.</summary>
    public string Sampler { get; set; } = PermutationSamplerName;

    /// <summary>Most updates. Default 500.</summary>
    public int Samples { get; set; } = 500;

    /// <summary>Early-stopping tolerance; 0 disables early stopping. Default 0.05.</summary>
    public double ConvergenceTolerance { get; set; } = 0.05;

    /// <summary>Updates before early stopping is considered. Default 30.</summary>
    public int MinSamples { get; set; } = 30;

    /// <summary>The weight these options select.</summary>
    public BetaShapleySemivalue CreateSemivalue() => new(Alpha, Beta);

    /// <summary>The sampler these options select, drawing from <paramref name="random"/>.</summary>
    public ISampler CreateSampler(Random random) =>
        Sampler == StratifiedSamplerName ? new StratifiedSampler(random) : new PermutationSampler(random);

    /// <summary>The update cap, or early convergence.</summary>
    public StoppingRule CreateStopping() =>
        new MaxUpdates(Samples, Sampler == StratifiedSamplerName ? "player sweeps" : "permutations") | new StandardErrorConvergence(ConvergenceTolerance, MinSamples);
}
