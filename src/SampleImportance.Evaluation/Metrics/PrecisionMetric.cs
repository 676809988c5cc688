using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Precision at k per group: relevant rows (label &gt; 0) in the top k divided by k, as trec_eval's <c>P_k</c> — also
/// when the group has fewer than k rows, so a short list cannot score as well as a full one. A tie block straddling
/// the cut counts its expected relevant rows inside, so no value depends on row order. Groups with no relevant row are
/// left out, as for every ranking metric here; with none left the value is 0. The cutoff is required.
/// </summary>
internal sealed class PrecisionMetric : IMetric
{
    private readonly int _cutoff;

    /// <param name="cutoff">k.</param>
    public PrecisionMetric(int cutoff) => _cutoff = cutoff;

    public MetricDescriptor Describe() => new(
        CutoffName.Of(BuiltInMetricNames.Precision, _cutoff),
        "Relevant rows (label > 0) in each group's top k, divided by k (trec_eval P_k, ties averaged), mean over groups with a relevant row.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: true,
        PredictionKind.Score);

    public double Compute(MetricInput input) => GroupRanking.MeanOverRelevantGroups(
        input,
        (ranked, _, scores, labels) => GroupRanking.ExpectedHitsInTop(ranked, _cutoff, scores, labels) / _cutoff);
}
