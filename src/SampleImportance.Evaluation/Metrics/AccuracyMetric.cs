using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Weighted fraction of rows whose label has the highest class score. A tie among m top classes that includes the
/// label earns 1/m (a coin flip), so an untrained model scores 1/C whatever the class balance and no tie depends on
/// how the classes happen to be numbered.
/// </summary>
internal sealed class AccuracyMetric : IMetric
{
    public MetricDescriptor Describe() => new(
        BuiltInMetricNames.Accuracy,
        "Fraction of rows whose label has the top class score; ties share the point.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: false,
        PredictionKind.ClassScores);

    public double Compute(MetricInput input)
    {
        double correct = 0, total = 0;
        for (var row = 0; row < input.Count; row++)
        {
            var outputs = input.Row(row);
            var best = double.NegativeInfinity;
            foreach (var score in outputs)
            {
                best = Math.Max(best, score);
            }

            var tied = 0;
            foreach (var score in outputs)
            {
                tied += score == best ? 1 : 0;
            }

            var weight = PredictionReader.WeightOf(input, row);
            var label = PredictionReader.ClassOf(input, row);
            if (label >= 0 && outputs[label] == best)
            {
                correct += weight / tied;
            }

            total += weight;
        }

        return total > 0 ? correct / total : 0.0;
    }
}
