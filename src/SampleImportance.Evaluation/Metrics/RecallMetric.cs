using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Recall at k per group: the fraction of a group's relevant rows (label &gt; 0) ranked in its top k (trec_eval's
/// <c>recall_k</c>), averaged over groups. A tie block straddling the cut counts its expected relevant rows inside, so
/// no value depends on row order; k larger than a group means the whole group (recall 1). Groups with no relevant row
/// are left out (recall is undefined there); with none left the value is 0. The cutoff is required: recall of the
/// whole list is always 1.
/// </summary>
internal sealed class RecallMetric : IMetric
{
    private readonly int _cutoff;

    /// <param name="cutoff">k.</param>
    public RecallMetric(int cutoff) => _cutoff = cutoff;

    public MetricDescriptor Describe() => new(
        CutoffName.Of(BuiltInMetricNames.Recall, _cutoff),
        "Fraction of each group's relevant rows (label > 0) in its top k (trec_eval recall_k, ties averaged), mean over groups with a relevant row.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: true,
        PredictionKind.Score);

    public double Compute(MetricInput input) => GroupRanking.MeanOverRelevantGroups(
        input,
        (ranked, relevant, scores, labels) => GroupRanking.ExpectedHitsInTop(ranked, _cutoff, scores, labels) / relevant);
}
