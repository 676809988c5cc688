using SampleImportance.Abstractions;

namespace SampleImportance.Samples.NeighbourAgreement;

/// <summary>
/// A fitted nearest-centroid classifier: one mean feature vector per class, class scores a softmax of the negative
/// squared distances to the centroids (scaled by the temperature). A class absent from the fitted rows scores 0; with
/// no rows at all every class scores 1/C.
/// </summary>
internal sealed class NearestCentroidModel : IModel
{
    private readonly NearestCentroidOptions _options;
    private double[][] _centroids = [];
    private bool[] _present = [];

    public NearestCentroidModel(NearestCentroidOptions options) => _options = options;

    /// <inheritdoc/>
    public int Outputs { get; private set; } = 2;

    /// <inheritdoc/>
    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.ClassCount == 0)
        {
            throw new ArgumentException("nearest-centroid needs class labels 0, 1, ..., C−1.", nameof(data));
        }

        Outputs = Math.Max(2, data.ClassCount);
        var d = data.FeatureCount;
        _centroids = new double[Outputs][];
        var mass = new double[Outputs];
        for (var c = 0; c < Outputs; c++)
        {
            _centroids[c] = new double[d];
        }

        for (var i = 0; i < rows.Length; i++)
        {
            var c = (int)data.Labels[rows[i]];
            var w = weights.IsEmpty ? 1.0 : weights[i];
            var x = data.Row(rows[i]);
            for (var f = 0; f < d; f++)
            {
                _centroids[c][f] += w * x[f];
            }

            mass[c] += w;
        }

        _present = new bool[Outputs];
        for (var c = 0; c < Outputs; c++)
        {
            _present[c] = mass[c] > 0;
            for (var f = 0; f < d && _present[c]; f++)
            {
                _centroids[c][f] /= mass[c];
            }
        }
    }

    /// <inheritdoc/>
    public void Predict(SampleSet data, Span<double> predictions)
    {
        ArgumentNullException.ThrowIfNull(data);
        var logits = new double[Outputs];
        for (var row = 0; row < data.Count; row++)
        {
            var x = data.Row(row);
            var best = double.NegativeInfinity;
            for (var c = 0; c < Outputs; c++)
            {
                var distance = 0.0;
                for (var f = 0; f < x.Length && _present.Length > 0 && _present[c]; f++)
                {
                    distance += (x[f] - _centroids[c][f]) * (x[f] - _centroids[c][f]);
                }

                logits[c] = _present.Length == 0 ? 0 : _present[c] ? -distance / _options.Temperature : double.NegativeInfinity;
                best = Math.Max(best, logits[c]);
            }

            // Softmax shifted by the largest logit so no exponent overflows.
            var scores = predictions.Slice(row * Outputs, Outputs);
            var sum = 0.0;
            for (var c = 0; c < Outputs; c++)
            {
                scores[c] = Math.Exp(logits[c] - best);
                sum += scores[c];
            }

            for (var c = 0; c < Outputs; c++)
            {
                scores[c] /= sum;
            }
        }
    }
}
