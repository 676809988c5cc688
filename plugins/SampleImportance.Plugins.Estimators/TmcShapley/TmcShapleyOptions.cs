using SampleImportance.Abstractions;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Stopping;
using SampleImportance.Sdk.Truncation;

namespace SampleImportance.Plugins.Estimators.TmcShapley;

/// <summary>Options of the <c>tmc-shapley</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class TmcShapleyOptions
{
    /// <summary>Today's truncation: one prefix within tolerance ends the permutation.</summary>
    public const string RelativeTruncationName = "relative";

    /// <summary>Today's convergence rule on standard errors.</summary>
    public const string StandardErrorStoppingName = "standard-error";

    /// <summary>The original paper's rule (truncation or convergence).</summary>
    public const string PaperName = "paper";

    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<TmcShapleyOptions> Binder { get; } = new OptionsBinder<TmcShapleyOptions>()
        .Integer("permutations", o => o.Permutations, (o, v) => o.Permutations = v, "Most permutations to sample (default 500).", minimum: 1, maximum: 100_000_000)
        .Number(
            "truncation-tolerance",
            o => o.TruncationTolerance,
            (o, v) => o.TruncationTolerance = v,
            "Tolerance of the truncation rule: the rest of a permutation counts 0 once |U(N) − U(S)| ≤ tolerance·|U(N)| (default 0 = no truncation, unbiased; Ghorbani & Zou use 0.01).",
            minimum: 0,
            maximum: 1)
        .Text(
            "truncation",
            o => o.Truncation,
            (o, v) => o.Truncation = v,
            "Truncation rule: 'relative' stops at the first prefix within tolerance (default); 'paper' waits for more than 5 consecutive ones, as Ghorbani & Zou's code.",
            [RelativeTruncationName, PaperName])
        .Number(
            "convergence-tolerance",
            o => o.ConvergenceTolerance,
            (o, v) => o.ConvergenceTolerance = v,
            "Early-stopping tolerance (default 0.05; 0 = always run all permutations). 'standard-error': largest standard error ≤ tolerance × largest |value|; 'paper': mean relative change of the values over the last 100 permutations < tolerance.",
            minimum: 0,
            maximum: 1e6)
        .Integer("min-permutations", o => o.MinPermutations, (o, v) => o.MinPermutations = v, "Permutations before the standard-error rule may stop sampling (default 30; the paper rule always waits for 100).", minimum: 2, maximum: 100_000_000)
        .Text(
            "stopping",
            o => o.Stopping,
            (o, v) => o.Stopping = v,
            "Early-stopping rule, besides the permutation cap: 'standard-error' (default) or 'paper' (Ghorbani & Zou's relative-change rule).",
            [StandardErrorStoppingName, PaperName]);

    /// <summary>Most permutations to sample. Default 500.</summary>
    public int Permutations { get; set; } = 500;

    /// <summary>Truncation tolerance; 0 disables truncation. Default 0.</summary>
    public double TruncationTolerance { get; set; }

    /// <summary>Truncation rule, <c>relative</c> or <c>paper</c>. Default <c>relative</c>.</summary>
    public string Truncation { get; set; } = RelativeTruncationName;

    /// <summary>Early-stopping tolerance; 0 disables early stopping. Default 0.05.</summary>
    public double ConvergenceTolerance { get; set; } = 0.05;

    /// <summary>Permutations before the standard-error rule is considered. Default 30.</summary>
    public int MinPermutations { get; set; } = 30;

    /// <summary>Early-stopping rule, <c>standard-error</c> or <c>paper</c>. Default <c>standard-error</c>.</summary>
    public string Stopping { get; set; } = StandardErrorStoppingName;

    /// <summary>The truncation rule these options select.</summary>
    public ITruncationRule CreateTruncation() =>
        TruncationTolerance <= 0 ? NoTruncation.Instance
        : Truncation == PaperName ? new TmcPaperTruncation(TruncationTolerance)
        : new RelativeTruncation(TruncationTolerance);

    /// <summary>The stopping rule these options select: the permutation cap, or early convergence.</summary>
    public StoppingRule CreateStopping()
    {
        var cap = new MaxUpdates(Permutations, "permutations");
        return Stopping == PaperName
            ? cap | new TmcPaperConvergence(ConvergenceTolerance)
            : cap | new StandardErrorConvergence(ConvergenceTolerance, MinPermutations);
    }
}
