using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Reference;

/// <summary>
/// Mean predicted score of the true class (class-score models), or 1 − |y − ŷ| (single-score models); higher is
/// better. For <see cref="ReferenceKnnModelFactory"/> it is Jia et al.'s KNN utility. The kit's default metric, so an
/// external author needs no host assembly.
/// </summary>
public sealed class LabelLikelihoodMetric : IMetric
{
    /// <summary>The metric's name.</summary>
    public const string Name = "label-likelihood";

    /// <inheritdoc/>
    public MetricDescriptor Describe() =>
        new(Name, "Mean score of the true class (1 − |y − ŷ| for single scores).", MetricDirection.HigherIsBetter, false, PredictionKind.ClassScores);

    /// <inheritdoc/>
    public double Compute(MetricInput input)
    {
        if (input.Count == 0)
        {
            return 0;
        }

        var sum = 0.0;
        for (var row = 0; row < input.Count; row++)
        {
            var scores = input.Row(row);
            var label = input.Labels[row];
            sum += input.Outputs == 1 ? 1 - Math.Abs(label - scores[0]) : scores[Math.Clamp((int)Math.Round(label), 0, input.Outputs - 1)];
        }

        return sum / input.Count;
    }
}
