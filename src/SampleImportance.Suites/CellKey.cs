using System.Globalization;

namespace SampleImportance.Suites;

/// <summary>The stable identity of one cell: suite × dataset × corruption × model × estimator × seed × estimator seed.</summary>
/// <param name="Dataset">The suite's dataset id.</param>
/// <param name="Corruption">The corruption key, e.g. <c>fake-clicks(0.1)</c>, or <c>none</c>.</param>
/// <param name="Model">The suite's model id.</param>
/// <param name="Estimator">The suite's estimator id.</param>
/// <param name="Seed">The data seed (generation, split, corruption and model draw from it).</param>
/// <param name="EstimatorSeed">The estimator seed (default <see cref="DefaultEstimatorSeed"/>): varies the estimator's own randomness with the data held fixed.</param>
public sealed record CellKey(string Dataset, string Corruption, string Model, string Estimator, int Seed, int EstimatorSeed = CellKey.DefaultEstimatorSeed)
{
    /// <summary>The estimator seed of a suite without <c>estimator-seeds</c>, and of <c>score</c> without <c>--estimator-seed</c>.</summary>
    public const int DefaultEstimatorSeed = 1;

    /// <summary>
    /// Path-like id, e.g. <c>clicks/fake-clicks(0.1)/knn/knn-shapley/1</c>. A non-default estimator seed is appended as
    /// <c>/e&lt;seed&gt;</c> (<c>.../knn-shapley/1/e2</c>); the default one is left out so ids (and baselines keyed by
    /// them) from suites without an estimator-seed axis stay as they were.
    /// </summary>
    public string Id => EstimatorSeed == DefaultEstimatorSeed
        ? string.Create(CultureInfo.InvariantCulture, $"{Dataset}/{Corruption}/{Model}/{Estimator}/{Seed}")
        : string.Create(CultureInfo.InvariantCulture, $"{Dataset}/{Corruption}/{Model}/{Estimator}/{Seed}/e{EstimatorSeed}");

    /// <summary>
    /// The id as one file name (no extension): every <c>/</c> becomes <c>__</c>, e.g.
    /// <c>clicks__fake-clicks(0.1)__knn__knn-shapley__1</c>. One-to-one, because no part of an id holds <c>_</c>
    /// (suite ids are <c>[a-z0-9-]</c>, corruption keys are a kind and a number).
    /// </summary>
    public string FileStem => Id.Replace("/", "__", StringComparison.Ordinal);

    public override string ToString() => Id;
}
