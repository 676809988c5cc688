using SampleImportance.Abstractions;

namespace SampleImportance.Data.Preprocessing;

/// <summary>
/// Replaces missing (NaN) feature values by the feature's median over the TRAINING rows' present values, applied
/// unchanged to validation and test: the documented missing-value policy <c>missing: median</c>. A feature with no
/// present value in any training row is imputed as 0.
/// </summary>
public sealed class MedianImputer
{
    private readonly float[] _medians;

    private MedianImputer(float[] medians) => _medians = medians;

    /// <summary>Learns each feature's median from <paramref name="train"/> (the mean of the two middle values for an even count).</summary>
    public static MedianImputer Fit(SampleSet train)
    {
        ArgumentNullException.ThrowIfNull(train);
        var d = train.FeatureCount;
        var medians = new float[d];
        var features = train.Features;
        var present = new List<float>(train.Count);
        for (var j = 0; j < d; j++)
        {
            present.Clear();
            for (var row = 0; row < train.Count; row++)
            {
                var x = features[(row * d) + j];
                if (!float.IsNaN(x))
                {
                    present.Add(x);
                }
            }

            present.Sort();
            var n = present.Count;
            medians[j] = n == 0 ? 0 : n % 2 == 1 ? present[n / 2] : (float)((present[(n / 2) - 1] + (double)present[n / 2]) / 2);
        }

        return new MedianImputer(medians);
    }

    /// <summary>The medians learned, one per feature.</summary>
    public IReadOnlyList<float> Medians => _medians;

    /// <summary>The rows with every NaN feature replaced by its training median; everything else unchanged.</summary>
    public SampleSet Apply(SampleSet rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var d = rows.FeatureCount;
        if (d != _medians.Length)
        {
            throw new ArgumentException($"Expected {_medians.Length} features, got {d}.", nameof(rows));
        }

        var features = rows.Features.ToArray();
        for (var i = 0; i < features.Length; i++)
        {
            if (float.IsNaN(features[i]))
            {
                features[i] = _medians[i % d];
            }
        }

        return rows.WithFeatures(features);
    }
}
