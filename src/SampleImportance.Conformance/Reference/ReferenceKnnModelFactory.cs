using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Reference;

/// <summary>
/// <c>reference-knn</c>: a K-nearest-neighbour classifier for binary labels, class scores = neighbours of each class / K
/// (dividing by K even when fewer rows are fitted, as Jia et al. 2019, so U(∅) = 0). Small and exact: the default model of
/// <see cref="ConformanceSetup.Reference"/>, and a flipped label visibly hurts it.
/// </summary>
/// <param name="k">Neighbours consulted (default 3).</param>
public sealed class ReferenceKnnModelFactory(int k = 3) : IModelFactory
{
    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        "reference-knn",
        "Conformance kit's K-nearest-neighbour classifier (class scores = neighbours of each class / K).",
        ModelCapabilities.None,
        PredictionKind.ClassScores,
        LabelLikelihoodMetric.Name,
        []);

    /// <inheritdoc/>
    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Model(k, context.Compute);
    }

    private sealed class Model(int k, IComputeBackend compute) : IModel
    {
        private SampleSet? _fitted;

        public int Outputs => 2;

        public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null) =>
            _fitted = data.Select(rows);

        public void Predict(SampleSet data, Span<double> predictions)
        {
            predictions.Clear();
            if (_fitted is not { Count: > 0 } fitted)
            {
                return;
            }

            var found = Math.Min(k, fitted.Count);
            var neighbours = new int[data.Count * found];
            compute.NearestNeighbours(fitted, data, 0, data.Count, k, neighbours);
            for (var q = 0; q < data.Count; q++)
            {
                for (var j = 0; j < found; j++)
                {
                    var label = fitted.Labels[neighbours[(q * found) + j]] > 0.5 ? 1 : 0;
                    predictions[(q * 2) + label] += 1.0 / k;
                }
            }
        }
    }
}
