using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Metrics;

namespace SampleImportance.Plugins.Models.Knn;

/// <summary>
/// K-nearest-neighbour classifier. Neighbours are ordered by squared Euclidean distance in float, ties broken
/// by the lower training row index (the <see cref="IComputeBackend"/> rule), so the knn-shapley closed form and
/// this model's utility agree exactly. Sample weights are ignored (the model does not declare
/// <see cref="ModelCapabilities.SampleWeights"/>).
/// </summary>
internal sealed class KnnModel : IModel
{
    private readonly int _k;
    private SampleSet? _fitted;

    public KnnModel(KnnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _k = options.K;
    }

    /// <summary>Rows fitted by the last <see cref="Fit"/>.</summary>
    internal int FittedCount => _fitted?.Count ?? 0;

    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!weights.IsEmpty && weights.Length != rows.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        // Stored in ascending training-row order: then "lower position wins a distance tie" is the same
        // rule as "lower training row index wins", whatever order the caller passed the rows in.
        var sorted = rows.ToArray();
        Array.Sort(sorted);
        _fitted = data.Select(sorted);
    }

    public void Predict(SampleSet data, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckLength(data, scores.Length);
        var buffer = new NeighbourBuffer(_k);
        for (var q = 0; q < data.Count; q++)
        {
            var count = FindNearest(data.Row(q), buffer);
            if (count == 0)
            {
                // Nothing fitted: no evidence either way.
                scores[q] = 0.5;
                continue;
            }

            var ones = 0;
            for (var j = 0; j < count; j++)
            {
                if (_fitted!.Labels[buffer.Positions[j]] == 1.0)
                {
                    ones++;
                }
            }

            scores[q] = (double)ones / count;
        }
    }

    public double Score(SampleSet data, string metric)
    {
        ArgumentNullException.ThrowIfNull(data);
        return metric switch
        {
            KnnOptions.LikelihoodMetric => Likelihood(data),
            KnnOptions.AccuracyMetric => Accuracy(data),
            _ => throw new ArgumentException($"Unknown metric '{metric}' for knn; expected one of: {string.Join(", ", KnnOptions.Metrics)}.", nameof(metric)),
        };
    }

    /// <summary>
    /// Mean over scored points of (number of the K nearest fitted rows carrying the point's label) / K. The
    /// division is by K even when fewer than K rows are fitted, as in Jia et al. (2019); 0 for an empty fit.
    /// </summary>
    private double Likelihood(SampleSet data)
    {
        if (data.Count == 0)
        {
            return 0.0;
        }

        var buffer = new NeighbourBuffer(_k);
        var total = 0.0;
        for (var q = 0; q < data.Count; q++)
        {
            var count = FindNearest(data.Row(q), buffer);
            var label = data.Labels[q];
            var matches = 0;
            for (var j = 0; j < count; j++)
            {
                if (_fitted!.Labels[buffer.Positions[j]] == label)
                {
                    matches++;
                }
            }

            total += (double)matches / _k;
        }

        return total / data.Count;
    }

    /// <summary>Majority vote of the K nearest, ties to the lower label; an empty fit predicts label 0.</summary>
    private double Accuracy(SampleSet data)
    {
        if (data.Count == 0)
        {
            return 0.0;
        }

        var buffer = new NeighbourBuffer(_k);
        var votes = new double[_k];
        var correct = 0;
        for (var q = 0; q < data.Count; q++)
        {
            var count = FindNearest(data.Row(q), buffer);
            for (var j = 0; j < count; j++)
            {
                votes[j] = _fitted!.Labels[buffer.Positions[j]];
            }

            if (Vote(votes.AsSpan(0, count)) == data.Labels[q])
            {
                correct++;
            }
        }

        return (double)correct / data.Count;
    }

    private static double Vote(ReadOnlySpan<double> labels)
    {
        var best = 0.0;
        var bestCount = 0;
        foreach (var candidate in labels)
        {
            var count = 0;
            foreach (var other in labels)
            {
                if (other == candidate)
                {
                    count++;
                }
            }

            if (count > bestCount || (count == bestCount && candidate < best))
            {
                best = candidate;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>Fills <paramref name="buffer"/> with the positions of the nearest fitted rows; returns how many.</summary>
    private int FindNearest(ReadOnlySpan<float> query, NeighbourBuffer buffer)
    {
        buffer.Clear();
        if (_fitted is null)
        {
            return 0;
        }

        if (_fitted.FeatureCount != query.Length)
        {
            throw new ArgumentException($"The model was fitted on {_fitted.FeatureCount} features, the data has {query.Length}.");
        }

        for (var j = 0; j < _fitted.Count; j++)
        {
            buffer.Offer(j, SquaredEuclidean.Distance(query, _fitted.Row(j)));
        }

        return buffer.Count;
    }

    private static void CheckLength(SampleSet data, int length)
    {
        if (length != data.Count)
        {
            throw new ArgumentException($"Expected {data.Count} scores, got a span of {length}.", nameof(data));
        }
    }
}
