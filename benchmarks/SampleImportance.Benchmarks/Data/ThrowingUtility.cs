using SampleImportance.Abstractions;

namespace SampleImportance.Benchmarks.Data;

/// <summary>
/// The utility handed to model-free estimators: knn-shapley must never train a model, so any evaluation is a bug
/// that would also distort the timing. <see cref="Evaluations"/> stays 0.
/// </summary>
internal sealed class ThrowingUtility(int playerCount) : IUtility
{
    public MetricDescriptor Metric { get; } = new(
        "none",
        "No metric: a model-free estimator must not evaluate the utility.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: false,
        PredictionKind.ClassScores);

    public int PlayerCount => playerCount;

    public long Evaluations => 0;

    public double Evaluate(ReadOnlySpan<int> units) =>
        throw new InvalidOperationException("A model-free estimator evaluated the utility; the benchmark would time model training.");
}
