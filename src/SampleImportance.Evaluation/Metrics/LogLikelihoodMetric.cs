using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Mean log-probability of the true label (the negative of scikit-learn's <c>log_loss</c>). Class scores are read as
/// probabilities; the probability of the true label is clipped below at 1e-15 so one confident mistake cannot make
/// the mean −∞.
/// </summary>
internal sealed class LogLikelihoodMetric : IMetric
{
    /// <summary>Lower clip of the true label's probability.</summary>
    public const double Epsilon = 1e-15;

    public MetricDescriptor Describe() => new(
        BuiltInMetricNames.LogLikelihood,
        "Mean log-probability of the true label (−log-loss), clipped at 1e-15.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: false,
        PredictionKind.ClassScores);

    public double Compute(MetricInput input) => PredictionReader.WeightedMeanOfTrueClass(input, static p => Math.Log(Math.Clamp(p, Epsilon, 1.0)));
}
