using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>Weighted mean of (label − score)² for regression models (scikit-learn's <c>mean_squared_error</c>); lower is better.</summary>
internal sealed class MeanSquaredErrorMetric : IMetric
{
    public MetricDescriptor Describe() => new(
        BuiltInMetricNames.MeanSquaredError,
        "Mean squared error of a regression score; lower is better.",
        MetricDirection.LowerIsBetter,
        NeedsGroups: false,
        PredictionKind.Score);

    public double Compute(MetricInput input)
    {
        var scores = PredictionReader.Scores(input);
        double sum = 0, total = 0;
        for (var row = 0; row < input.Count; row++)
        {
            var weight = PredictionReader.WeightOf(input, row);
            var error = input.Labels[row] - scores[row];
            sum += weight * error * error;
            total += weight;
        }

        return total > 0 ? sum / total : 0.0;
    }
}
