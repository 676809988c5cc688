using SampleImportance.Abstractions;
using SampleImportance.Plugins.Shared;

namespace SampleImportance.Plugins.Estimators.TmcShapley;

/// <summary>Options of the <c>tmc-shapley</c> estimator.</summary>
internal sealed class TmcShapleyOptions
{
    /// <summary>Accepted parameters, with their defaults and ranges.</summary>
    public static IReadOnlyList<ParameterDescriptor> Parameters { get; } =
    [
        new("permutations", ParameterKind.Integer, "500", "Most permutations to sample (default 500).", 1, 100_000_000),
        new("truncation-tolerance", ParameterKind.Number, "0",
            "Skip the rest of a permutation once |U(N) − U(S)| ≤ tolerance·|U(N)|, counting the skipped rows' contributions as 0 (default 0 = no truncation, unbiased; Ghorbani & Zou use about 0.01).",
            0, 1),
        new("convergence-tolerance", ParameterKind.Number, "0.05",
            "Stop early once, after min-permutations, the largest standard error over all rows is ≤ tolerance × the largest |value| (default 0.05; 0 = always run all permutations).",
            0, 1e6),
        new("min-permutations", ParameterKind.Integer, "30", "Permutations before the convergence test may stop sampling (default 30).", 2, 100_000_000),
    ];

    /// <summary>Most permutations to sample. Default 500.</summary>
    public int Permutations { get; init; } = 500;

    /// <summary>Relative truncation tolerance; 0 disables truncation. Default 0.</summary>
    public double TruncationTolerance { get; init; }

    /// <summary>Convergence tolerance on max standard error / max |value|; 0 disables early stopping. Default 0.05.</summary>
    public double ConvergenceTolerance { get; init; } = 0.05;

    /// <summary>Permutations before early stopping is considered. Default 30.</summary>
    public int MinPermutations { get; init; } = 30;

    /// <summary>Reads options from plugin parameters, reporting every invalid value together.</summary>
    public static TmcShapleyOptions From(PluginParameters parameters)
    {
        var reader = new ParameterReader(parameters, Parameters);
        var options = new TmcShapleyOptions
        {
            Permutations = reader.Int32("permutations"),
            TruncationTolerance = reader.Number("truncation-tolerance"),
            ConvergenceTolerance = reader.Number("convergence-tolerance"),
            MinPermutations = reader.Int32("min-permutations"),
        };
        reader.ThrowIfInvalid();
        return options;
    }
}
