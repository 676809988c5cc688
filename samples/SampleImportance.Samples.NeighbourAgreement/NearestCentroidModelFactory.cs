using SampleImportance.Abstractions;

namespace SampleImportance.Samples.NeighbourAgreement;

/// <summary><c>nearest-centroid</c>: a sample model plugin showing the v2 model contract (class scores, bound options).</summary>
public sealed class NearestCentroidModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        "nearest-centroid",
        "Softmax over negative squared distances to the class means (sample plugin).",
        ModelCapabilities.SampleWeights,
        PredictionKind.ClassScores,
        DefaultMetric: "accuracy",
        NearestCentroidOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new NearestCentroidModel(NearestCentroidOptions.Binder.Bind(context.Parameters));
    }
}
