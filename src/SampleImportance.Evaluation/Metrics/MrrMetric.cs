using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Mean reciprocal rank of the first relevant row (label &gt; 0) per group (Voorhees 1999, TREC-8 QA track). When the
/// first relevant rows sit in a block of tied scores, the reciprocal rank is its expectation over every order of the
/// tie (McSherry &amp; Najork 2008), so ties never depend on row order. Groups with no relevant row are left out (they
/// say nothing about the ranker); with none left the value is 0.
/// </summary>
internal sealed class MrrMetric : IMetric
{
    public MetricDescriptor Describe() => new(
        BuiltInMetricNames.Mrr,
        "Mean reciprocal rank of the first relevant row (label > 0) per group, ties averaged (Voorhees 1999).",
        MetricDirection.HigherIsBetter,
        NeedsGroups: true,
        PredictionKind.Score);

    // A group with a relevant row always has a first one: the reciprocal rank is never null here.
    public double Compute(MetricInput input) => GroupRanking.MeanOverRelevantGroups(
        input,
        (ranked, _, scores, labels) => GroupRanking.ExpectedReciprocalRank(ranked, scores, labels)!.Value);
}
