using SampleImportance.Abstractions;

namespace SampleImportance.Benchmarks.Data;

/// <summary>
/// The utility handed to model-free estimators: knn-shapley must never train a model, so any evaluation is a bug
/// that would also distort the timing. <see cref="Evaluations"/> stays 0 (the estimator reports it).
/// </summary>
internal sealed class ThrowingUtility : IUtility
{
    public static ThrowingUtility Instance { get; } = new();

    public string Metric => "none";

    public long Evaluations => 0;

    public double Evaluate(ReadOnlySpan<int> subset) =>
        throw new InvalidOperationException("A model-free estimator evaluated the utility; the benchmark would time model training.");
}
