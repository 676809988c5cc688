using SampleImportance.Abstractions;

namespace SampleImportance.Benchmarks.Data;

/// <summary>Row-major float features with one label per row, kept as raw arrays so each invocation can wrap them afresh.</summary>
internal sealed class LabelledRows(float[] features, int featureCount, double[] labels)
{
    public float[] Features { get; } = features;

    public int FeatureCount { get; } = featureCount;

    public double[] Labels { get; } = labels;

    public int Count => Labels.Length;

    /// <summary>A new <see cref="SampleSet"/> over the same arrays (no copy). A new instance means backends rebuild
    /// any per-set cache, so a benchmark that calls this per invocation measures that preparation too.</summary>
    public SampleSet ToSampleSet() => new(Features, FeatureCount, Labels);
}
