namespace SampleImportance.Abstractions;

/// <summary>
/// An immutable table of samples: dense float features (row-major), a numeric label per row, and
/// optional group ids (a query or user, for ranking) and sample weights.
/// </summary>
public sealed class SampleSet
{
    private readonly float[] _features;
    private readonly double[] _labels;
    private readonly int[]? _groups;
    private readonly double[]? _weights;

    /// <summary>Creates a sample set. The arrays are owned by the set afterwards: do not mutate them.</summary>
    /// <param name="features">Row-major features, <paramref name="labels"/>.Length × <paramref name="featureCount"/> values.</param>
    /// <param name="featureCount">Number of features per row (at least 1).</param>
    /// <param name="labels">One label per row; binary tasks use 0 and 1.</param>
    /// <param name="groups">Optional group id per row (query or user); null when absent.</param>
    /// <param name="weights">Optional non-negative weight per row; null means every weight is 1.</param>
    /// <param name="featureNames">Optional names, one per feature; defaults to f0, f1, ...</param>
    public SampleSet(float[] features, int featureCount, double[] labels, int[]? groups = null, double[]? weights = null, IReadOnlyList<string>? featureNames = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 1);
        if (features.Length != (long)labels.Length * featureCount)
        {
            throw new ArgumentException($"Expected {labels.Length} × {featureCount} features, got {features.Length}.", nameof(features));
        }

        if (groups is not null && groups.Length != labels.Length)
        {
            throw new ArgumentException("Expected one group id per row.", nameof(groups));
        }

        if (weights is not null && weights.Length != labels.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        if (featureNames is not null && featureNames.Count != featureCount)
        {
            throw new ArgumentException("Expected one name per feature.", nameof(featureNames));
        }

        _features = features;
        _labels = labels;
        _groups = groups;
        _weights = weights;
        FeatureCount = featureCount;
        FeatureNames = featureNames ?? Enumerable.Range(0, featureCount).Select(i => "f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>Number of rows.</summary>
    public int Count => _labels.Length;

    /// <summary>Number of features per row.</summary>
    public int FeatureCount { get; }

    /// <summary>Feature names, one per feature.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>All features, row-major.</summary>
    public ReadOnlySpan<float> Features => _features;

    /// <summary>One label per row.</summary>
    public ReadOnlySpan<double> Labels => _labels;

    /// <summary>True when every row carries a group id.</summary>
    public bool HasGroups => _groups is not null;

    /// <summary>Group id per row; empty when <see cref="HasGroups"/> is false.</summary>
    public ReadOnlySpan<int> Groups => _groups;

    /// <summary>True when rows carry weights.</summary>
    public bool HasWeights => _weights is not null;

    /// <summary>Weight per row; empty when <see cref="HasWeights"/> is false.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>The features of one row.</summary>
    /// <param name="row">Row index in [0, <see cref="Count"/>).</param>
    public ReadOnlySpan<float> Row(int row) => _features.AsSpan(row * FeatureCount, FeatureCount);

    /// <summary>A new set holding the given rows, in the given order.</summary>
    /// <param name="rows">Row indices into this set; repeats are allowed.</param>
    public SampleSet Select(ReadOnlySpan<int> rows)
    {
        var features = new float[rows.Length * FeatureCount];
        var labels = new double[rows.Length];
        var groups = _groups is null ? null : new int[rows.Length];
        var weights = _weights is null ? null : new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            Row(r).CopyTo(features.AsSpan(i * FeatureCount, FeatureCount));
            labels[i] = _labels[r];
            if (groups is not null)
            {
                groups[i] = _groups![r];
            }

            if (weights is not null)
            {
                weights[i] = _weights![r];
            }
        }

        return new SampleSet(features, FeatureCount, labels, groups, weights, FeatureNames);
    }

    /// <summary>A new set with the same features and the given labels (used by corruptions).</summary>
    /// <param name="labels">One label per row.</param>
    public SampleSet WithLabels(double[] labels) => new(_features, FeatureCount, labels, _groups, _weights, FeatureNames);
}
