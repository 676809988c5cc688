using SampleImportance.Abstractions;

namespace SampleImportance.Tests.Shared;

/// <summary>The mean prediction, so a utility is exactly what the model predicts; direction as given.</summary>
internal sealed class MeanPredictionMetric(MetricDirection direction = MetricDirection.HigherIsBetter) : IMetric
{
    public MetricDescriptor Describe() => new("mean-prediction", "Mean of the predictions.", direction, NeedsGroups: false, PredictionKind.Score);

    public double Compute(MetricInput input)
    {
        double sum = 0;
        foreach (var p in input.Predictions)
        {
            sum += p;
        }

        return input.Count == 0 ? 0 : sum / input.Count;
    }
}
