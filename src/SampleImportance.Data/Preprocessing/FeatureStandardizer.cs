using SampleImportance.Abstractions;

namespace SampleImportance.Data.Preprocessing;

/// <summary>
/// Standardises every feature to zero mean and unit variance with the mean and (population) standard deviation of the
/// TRAINING rows only, then applies the same shift and scale to validation and test, as a practitioner would: nothing
/// about the held-out rows leaks into the transform. A feature constant on the training rows is centred and left
/// unscaled. Without it, KNN distances and gradient steps are dominated by whichever feature has the largest units.
/// </summary>
public sealed class FeatureStandardizer
{
    private readonly double[] _means;
    private readonly double[] _scales;

    private FeatureStandardizer(double[] means, double[] scales)
    {
        _means = means;
        _scales = scales;
    }

    /// <summary>Learns each feature's mean and standard deviation from <paramref name="train"/> (in double precision).</summary>
    public static FeatureStandardizer Fit(SampleSet train)
    {
        ArgumentNullException.ThrowIfNull(train);
        var d = train.FeatureCount;
        var means = new double[d];
        var squares = new double[d];
        var features = train.Features;
        for (var row = 0; row < train.Count; row++)
        {
            var x = features.Slice(row * d, d);
            for (var j = 0; j < d; j++)
            {
                means[j] += x[j];
            }
        }

        var n = Math.Max(1, train.Count);
        for (var j = 0; j < d; j++)
        {
            means[j] /= n;
        }

        // Two passes: the textbook one-pass formula loses precision when a feature's mean dwarfs its spread (prices).
        for (var row = 0; row < train.Count; row++)
        {
            var x = features.Slice(row * d, d);
            for (var j = 0; j < d; j++)
            {
                var centred = x[j] - means[j];
                squares[j] += centred * centred;
            }
        }

        var scales = new double[d];
        for (var j = 0; j < d; j++)
        {
            var sd = Math.Sqrt(squares[j] / n);
            scales[j] = sd > 1e-12 ? sd : 1;
        }

        return new FeatureStandardizer(means, scales);
    }

    /// <summary>The rows with standardised features; labels, groups, weights, names and id columns unchanged.</summary>
    public SampleSet Apply(SampleSet rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var d = rows.FeatureCount;
        if (d != _means.Length)
        {
            throw new ArgumentException($"Expected {_means.Length} features, got {d}.", nameof(rows));
        }

        var source = rows.Features;
        var features = new float[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            var j = i % d;
            features[i] = (float)((source[i] - _means[j]) / _scales[j]);
        }

        return rows.WithFeatures(features);
    }
}
