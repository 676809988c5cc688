using System.Collections.ObjectModel;
using System.Globalization;

namespace SampleImportance.Abstractions;

/// <summary>
/// An immutable table of samples: dense float features (row-major), a numeric label per row, optional group
/// ids (the query or user that group-aware metrics such as NDCG@k rank within), optional sample weights, and
/// any number of named integer id columns (query, session, user, item) that can serve as units of value.
/// </summary>
public sealed class SampleSet
{
    private readonly float[] _features;
    private readonly double[] _labels;
    private readonly int[]? _groups;
    private readonly double[]? _weights;
    private readonly ReadOnlyDictionary<string, int[]> _columns;
    private int _classCount = -1;

    /// <summary>Creates a sample set. The arrays are owned by the set afterwards: do not mutate them.</summary>
    /// <param name="features">Row-major features, <paramref name="labels"/>.Length × <paramref name="featureCount"/> values.</param>
    /// <param name="featureCount">Number of features per row (at least 1).</param>
    /// <param name="labels">One label per row: 0/1 for binary, 0..C−1 for multiclass, graded relevance for ranking.</param>
    /// <param name="groups">Optional group id per row (the query or user metrics rank within); null when absent.</param>
    /// <param name="weights">Optional non-negative weight per row; null means every weight is 1.</param>
    /// <param name="featureNames">Optional names, one per feature; defaults to f0, f1, ...</param>
    /// <param name="columns">Optional named id columns (e.g. <c>query</c>, <c>session</c>, <c>user</c>, <c>item</c>), one id per row each.</param>
    public SampleSet(
        float[] features,
        int featureCount,
        double[] labels,
        int[]? groups = null,
        double[]? weights = null,
        IReadOnlyList<string>? featureNames = null,
        IReadOnlyDictionary<string, int[]>? columns = null)
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

        var named = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (name, ids) in columns ?? new Dictionary<string, int[]>())
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(columns));
            if (ids is null || ids.Length != labels.Length)
            {
                throw new ArgumentException($"Expected one id per row in column '{name}'.", nameof(columns));
            }

            named[name] = ids;
        }

        _features = features;
        _labels = labels;
        _groups = groups;
        _weights = weights;
        _columns = new ReadOnlyDictionary<string, int[]>(named);
        FeatureCount = featureCount;
        FeatureNames = featureNames ?? Enumerable.Range(0, featureCount).Select(i => "f" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
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

    /// <summary>Names of the id columns, in ordinal order.</summary>
    public IReadOnlyList<string> ColumnNames => _columns.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Number of classes when every label is a non-negative integer (the largest label + 1), else 0. Classifiers
    /// size their outputs from the training set's value, so a subset missing a class still predicts every class.
    /// </summary>
    public int ClassCount
    {
        get
        {
            if (_classCount < 0)
            {
                var max = -1.0;
                foreach (var label in _labels)
                {
                    if (label < 0 || label != Math.Floor(label) || label > int.MaxValue - 1)
                    {
                        max = double.NaN;
                        break;
                    }

                    max = Math.Max(max, label);
                }

                _classCount = double.IsNaN(max) ? 0 : (int)max + 1;
            }

            return _classCount;
        }
    }

    /// <summary>True when the set has an id column of that name.</summary>
    /// <param name="name">Column name, e.g. <c>session</c>.</param>
    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>The ids of a named column, one per row.</summary>
    /// <param name="name">Column name, e.g. <c>session</c>.</param>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public ReadOnlySpan<int> Column(string name) => _columns.TryGetValue(name, out var ids)
        ? ids
        : throw new KeyNotFoundException($"The data has no id column '{name}'; it has: {string.Join(", ", ColumnNames)}.");

    /// <summary>The features of one row.</summary>
    /// <param name="row">Row index in [0, <see cref="Count"/>).</param>
    public ReadOnlySpan<float> Row(int row) => _features.AsSpan(row * FeatureCount, FeatureCount);

    /// <summary>A new set holding the given rows, in the given order (id columns, groups and weights follow).</summary>
    /// <param name="rows">Row indices into this set; repeats are allowed.</param>
    public SampleSet Select(ReadOnlySpan<int> rows)
    {
        var features = new float[rows.Length * FeatureCount];
        var labels = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            Row(rows[i]).CopyTo(features.AsSpan(i * FeatureCount, FeatureCount));
            labels[i] = _labels[rows[i]];
        }

        var columns = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (name, ids) in _columns)
        {
            columns[name] = Pick(ids, rows);
        }

        return new SampleSet(
            features,
            FeatureCount,
            labels,
            _groups is null ? null : Pick(_groups, rows),
            _weights is null ? null : Pick(_weights, rows),
            FeatureNames,
            columns);
    }

    /// <summary>A new set with the same features and the given labels (used by corruptions).</summary>
    /// <param name="labels">One label per row.</param>
    public SampleSet WithLabels(double[] labels) => new(_features, FeatureCount, labels, _groups, _weights, FeatureNames, _columns);

    private static T[] Pick<T>(T[] source, ReadOnlySpan<int> rows)
    {
        var picked = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            picked[i] = source[rows[i]];
        }

        return picked;
    }
}
