using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Knn;

/// <summary>
/// K-nearest-neighbour classifier. Class score c of a row = (number of its K nearest fitted rows labelled c) / K,
/// divided by K even when fewer than K rows are fitted: the utility of Jia et al. (2019), so the host's
/// <c>label-likelihood</c> metric is exactly the utility knn-shapley values, and the host's <c>accuracy</c> of the
/// top class is the majority vote (a tied vote shares the point). Neighbours come from <see cref="IComputeBackend.NearestNeighbours"/> (squared
/// Euclidean distance in float, ties to the lower training row). Sample weights are ignored (the model does not
/// declare <see cref="ModelCapabilities.SampleWeights"/>).
/// </summary>
internal sealed class KnnModel : IModel
{
    private readonly int _k;
    private readonly IComputeBackend _compute;
    private SampleSet? _fitted;
    private int[] _fittedClasses = [];

    public KnnModel(KnnOptions options, IComputeBackend compute)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(compute);
        _k = options.K;
        _compute = compute;
    }

    /// <summary>The training set's class count (at least 2); 2 before the first fit.</summary>
    public int Outputs { get; private set; } = 2;

    /// <summary>Rows fitted by the last <see cref="Fit"/>.</summary>
    internal int FittedCount => _fitted?.Count ?? 0;

    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!weights.IsEmpty && weights.Length != rows.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        if (data.Count > 0 && data.ClassCount == 0)
        {
            throw new ArgumentException("knn is a classifier: labels must be class numbers 0, 1, 2, ...", nameof(data));
        }

        // Stored in ascending training-row order: then the backend's "lower index wins a distance tie" is the same
        // rule as "lower training row wins", whatever order the caller passed the rows in.
        // Only features and labels are copied (not Select's groups, weights and id columns): this runs once per
        // utility evaluation, and the backend reads features only.
        var sorted = rows.ToArray();
        Array.Sort(sorted);
        var d = data.FeatureCount;
        var features = new float[sorted.Length * d];
        var labels = new double[sorted.Length];
        _fittedClasses = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            data.Row(sorted[i]).CopyTo(features.AsSpan(i * d, d));
            labels[i] = data.Labels[sorted[i]];
            _fittedClasses[i] = (int)labels[i];
        }

        _fitted = new SampleSet(features, d, labels, featureNames: data.FeatureNames);

        Outputs = Math.Max(2, data.ClassCount);
    }

    public void Predict(SampleSet data, Span<double> predictions)
    {
        ArgumentNullException.ThrowIfNull(data);
        var outputs = Outputs;
        if (predictions.Length != data.Count * outputs)
        {
            throw new ArgumentException($"Expected {data.Count} × {outputs} predictions, got a span of {predictions.Length}.", nameof(predictions));
        }

        predictions.Clear();
        if (_fitted is null || _fitted.Count == 0 || data.Count == 0)
        {
            // Nothing fitted: no neighbour votes for any class.
            return;
        }

        if (_fitted.FeatureCount != data.FeatureCount)
        {
            throw new ArgumentException($"The model was fitted on {_fitted.FeatureCount} features, the data has {data.FeatureCount}.", nameof(data));
        }

        var found = Math.Min(_k, _fitted.Count);
        var tile = Math.Clamp(_compute.PreferredQueryTile, 1, data.Count);
        tile = Math.Min(tile, Math.Max(1, Array.MaxLength / found));
        var neighbours = new int[tile * found];
        var vote = 1.0 / _k;
        for (var start = 0; start < data.Count; start += tile)
        {
            var count = Math.Min(tile, data.Count - start);
            _compute.NearestNeighbours(_fitted, data, start, count, _k, neighbours.AsSpan(0, count * found));
            for (var q = 0; q < count; q++)
            {
                var row = predictions.Slice((start + q) * outputs, outputs);
                foreach (var position in neighbours.AsSpan(q * found, found))
                {
                    row[_fittedClasses[position]] += vote;
                }
            }
        }
    }
}
