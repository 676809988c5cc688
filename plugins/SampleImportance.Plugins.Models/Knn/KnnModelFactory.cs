using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Knn;

/// <summary>
/// The <c>knn</c> model: a K-nearest-neighbour classifier (squared Euclidean distance in float, ties to the lower
/// training row) whose class scores are neighbour votes / K. Its default metric, <c>label-likelihood</c>, is the
/// utility of Jia et al. (2019) that knn-shapley values exactly; <c>accuracy</c> is the majority vote, a tied vote sharing the point.
/// </summary>
public sealed class KnnModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        "knn",
        "K-nearest-neighbour classifier (class score = neighbour votes / K); default metric label-likelihood, the utility knn-shapley values exactly (Jia et al. 2019).",
        ModelCapabilities.None,
        PredictionKind.ClassScores,
        "label-likelihood",
        KnnOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new KnnModel(KnnOptions.Binder.Bind(context.Parameters), context.Compute);
    }
}
