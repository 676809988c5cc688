using SampleImportance.Abstractions;

namespace SampleImportance.Data.Preprocessing;

/// <summary>Copies a sample set with new feature values, for the transforms fitted on training rows.</summary>
internal static class SampleSetFeatures
{
    /// <summary>The rows with <paramref name="features"/> (same shape); labels, groups, weights, names and id columns unchanged.</summary>
    public static SampleSet WithFeatures(this SampleSet rows, float[] features)
    {
        var columns = rows.ColumnNames.ToDictionary(name => name, name => rows.Column(name).ToArray(), StringComparer.Ordinal);
        return new SampleSet(
            features,
            rows.FeatureCount,
            rows.Labels.ToArray(),
            rows.HasGroups ? rows.Groups.ToArray() : null,
            rows.HasWeights ? rows.Weights.ToArray() : null,
            rows.FeatureNames,
            columns);
    }
}
