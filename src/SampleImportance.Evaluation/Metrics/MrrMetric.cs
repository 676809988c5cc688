using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Mean reciprocal rank of the first relevant row (label &gt; 0) per group (Voorhees 1999). When the first relevant
/// rows sit in a block of tied scores, the reciprocal rank is its expectation over every order of the tie (McSherry
/// &amp; Najork 2008), so ties never depend on row order. Groups with no relevant row are left out; with none left
/// the value is 0.
/// </summary>
internal sealed class MrrMetric : IMetric
{
    public MetricDescriptor Describe() => new(
        BuiltInMetricNames.Mrr,
        "Mean reciprocal rank of the first relevant row per group, ties averaged.",
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
            for (var start = 0; start < ranked.Length;)
            {
                var end = GroupRanking.BlockEnd(ranked, start, scores);
                var m = end - start;
                var relevant = 0;
                for (var j = start; j < end; j++)
                {
                    relevant += input.Labels[ranked[j]] > 0 ? 1 : 0;
                }

                if (relevant > 0)
                {
                    // P(first relevant at offset j) = Π_{t<j} (m − r − t)/(m − t) · r/(m − j).
                    var expected = 0.0;
                    var none = 1.0;
                    for (var j = 0; j <= m - relevant; j++)
                    {
                        expected += none * relevant / (m - j) / (start + j + 1);
                        none *= (double)(m - relevant - j) / (m - j);
                    }

                    sum += expected;
                    counted++;
                    break;
                }

                start = end;
            }
        }

        return counted > 0 ? sum / counted : 0.0;
    }
}
