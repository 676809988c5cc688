using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Area under the ROC curve of a binary problem (label 1 positive, anything else negative): the Mann–Whitney statistic
/// with average ranks for tied scores, as scikit-learn's <c>roc_auc_score</c>. Unweighted. 0.5 when the labels hold one
/// class only, where AUC is undefined, so a utility on a one-class validation split stays finite and flat.
/// </summary>
internal sealed class AucMetric : IMetric
{
    public MetricDescriptor Describe() => new(
        BuiltInMetricNames.Auc,
        "ROC AUC (Mann–Whitney, ties at half), 0.5 when one class is absent.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: false,
        PredictionKind.ClassScores);

    public double Compute(MetricInput input)
    {
        var scores = PredictionReader.Scores(input);
        var positive = new bool[input.Count];
        for (var row = 0; row < input.Count; row++)
        {
            positive[row] = input.Labels[row] == 1.0;
        }

        return RocAuc.Of(scores, positive);
    }
}
