using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Knn;

/// <summary>
/// The <c>knn</c> model: a K-nearest-neighbour classifier (squared Euclidean distance in float, ties to the
/// lower training row). Metrics: <c>knn-likelihood</c> (default; the utility of Jia et al. 2019 that
/// knn-shapley values exactly) and <c>accuracy</c> (majority vote, ties to the lower label).
/// </summary>
public sealed class KnnModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public string Id => "knn";

    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        Id,
        "K-nearest-neighbour classifier; default metric knn-likelihood, the utility knn-shapley values exactly.",
        ModelCapabilities.None,
        KnnOptions.Metrics,
        KnnOptions.Parameters);

    /// <inheritdoc/>
    public IModel Create(PluginParameters parameters) => new KnnModel(KnnOptions.From(parameters));
}
