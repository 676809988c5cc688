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

    public double Compute(MetricInput input)
    {
        var scores = PredictionReader.Scores(input);
        double sum = 0;
        var counted = 0;
        foreach (var ranked in GroupRanking.RankedGroups(scores, input.Groups, input.Labels))
        {
            if (GroupRanking.ExpectedReciprocalRank(ranked, scores, input.Labels) is { } reciprocal)
            {
                sum += reciprocal;
                counted++;
            }
        }

        return counted > 0 ? sum / counted : 0.0;
    }
}
