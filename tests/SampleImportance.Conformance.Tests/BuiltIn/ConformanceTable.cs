using SampleImportance.Abstractions;
using SampleImportance.Conformance.Reference;

namespace SampleImportance.Conformance.Tests.BuiltIn;

/// <summary>
/// Which checks apply to each built-in estimator, in one place. An id not listed gets <see cref="Generic"/>: length,
/// finiteness, groups, determinism, cancellation and budget. Parameters keep the run short on the kit's 16 rows; the
/// exact-value parameters buy convergence (10,000 permutations reach the kit's 0.05 × spread game tolerance).
/// </summary>
internal static class ConformanceTable
{
    /// <summary>The contract checks, without orientation (which only an estimator that reads data quality can pass).</summary>
    public static ConformanceOptions Generic { get; } = new() { Orientation = false };

    public static IReadOnlyDictionary<string, (ConformanceOptions Options, ConformanceSetup? Setup)> Entries { get; } =
        new Dictionary<string, (ConformanceOptions, ConformanceSetup?)>(StringComparer.Ordinal)
        {
            // Baselines that read nothing but the seed or the label: no orientation to check.
            ["random"] = (Generic, null),
            ["label-only"] = (Generic, null),
            ["loss"] = (new ConformanceOptions(), null),
            ["leave-one-out"] = (new ConformanceOptions(), null),
            ["gradient-norm"] = (new ConformanceOptions(), null),
            ["data-oob"] = (new ConformanceOptions { Parameters = Parameters(("bags", 200)) }, null),

            // Gradient estimators run on logistic-regression (gradients, exact Hessian, Newton iterates as checkpoints).
            ["influence"] = (new ConformanceOptions(), null),
            ["datainf"] = (new ConformanceOptions(), null),
            ["tracin"] = (new ConformanceOptions(), null),

            // Retraining estimators that are not semivalue samplers over the utility: AME is a LASSO fit (Lin et al. 2022)
            // and CS-Shapley fits the model itself for per-class accuracies, so neither is checked on the games.
            ["ame"] = (new ConformanceOptions { Parameters = Parameters(("samples", 200)) }, null),
            ["classwise-shapley"] = (new ConformanceOptions { Parameters = Parameters(("iterations", 40)) }, null),

            // Soft KNN-Shapley equals knn-shapley on 0/1 labels, so it must match the enumerated KNN utility too. The
            // threshold variant values a different utility (neighbours within τ), checked against brute force in its own tests.
            ["soft-knn-shapley"] = (
                new ConformanceOptions { ExactValues = SemivalueKind.Shapley, ExactOnGames = false, DataTolerance = 1e-9 },
                new ConformanceSetup { ModelFactory = new ReferenceKnnModelFactory(5) }),
            ["threshold-knn-shapley"] = (new ConformanceOptions(), null),

            // Exact Shapley of the KNN utility (Jia et al. 2019) when the utility is the K = 5 classifier's label likelihood;
            // model-free, so it is not checked on games.
            ["knn-shapley"] = (
                new ConformanceOptions { ExactValues = SemivalueKind.Shapley, ExactOnGames = false, DataTolerance = 1e-9 },
                new ConformanceSetup { ModelFactory = new ReferenceKnnModelFactory(5) }),
            ["tmc-shapley"] = (new ConformanceOptions
            {
                Parameters = Parameters(("permutations", 100)),
                Axioms = ShapleyAxioms.All,
                ExactValues = SemivalueKind.Shapley,
                ExactParameters = Parameters(("permutations", 10_000), ("convergence-tolerance", 0)),
            }, null),
            ["beta-shapley"] = (new ConformanceOptions
            {
                Parameters = Parameters(("samples", 100)),
                Axioms = ShapleyAxioms.All,
                ExactValues = SemivalueKind.Shapley,
                ExactParameters = Parameters(("alpha", 1), ("beta", 1), ("samples", 10_000), ("convergence-tolerance", 0)),
            }, null),

            // Banzhaf is not efficient; symmetry and the null player hold for every semivalue. Maximum sample reuse
            // estimates mean U with u − mean U without u, so its error scales with the spread of U itself: on the spanning
            // tree (U up to 800 around values of 1.8) 40,000 samples leave an error near 1.5, and about a million would
            // be needed, so that game is left out; the other four and the enumerated data are checked.
            ["banzhaf-msr"] = (new ConformanceOptions
            {
                Parameters = Parameters(("samples", 400)),
                Axioms = ShapleyAxioms.Symmetry | ShapleyAxioms.NullPlayer,
                ExactValues = SemivalueKind.Banzhaf,
                ExactParameters = Parameters(("samples", 60_000), ("convergence-tolerance", 0)),
                ExcludedGames = ["minimum-spanning-tree(8)"],
            }, null),
        };

    /// <summary>
    /// The entry for <paramref name="id"/>, or the generic checks; an estimator that needs gradients or checkpoints and
    /// names no setup gets <c>logistic-regression</c>, which has both, instead of the kit's gradient-free KNN.
    /// </summary>
    public static (ConformanceOptions Options, ConformanceSetup? Setup) For(string id, EstimatorRequirements requirements)
    {
        var (options, setup) = Entries.TryGetValue(id, out var entry) ? entry : (Generic, null);
        var needsGradients = (requirements & (EstimatorRequirements.Gradients | EstimatorRequirements.Checkpoints)) != 0;
        return (options, setup ?? (needsGradients ? new ConformanceSetup { ModelFactory = new Plugins.Models.Logistic.LogisticRegressionModelFactory() } : null));
    }

    private static PluginParameters Parameters(params (string Name, object Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Name, Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)!)));
}
