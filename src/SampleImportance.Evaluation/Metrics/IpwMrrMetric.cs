using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Inverse-propensity-weighted MRR on click labels: the weighted MRR of Wang et al. 2016 ("Learning to Rank with
/// Selection Bias in Personal Search"), Σ_q W_q·RR_q / Σ_q W_q over groups with a click, RR_q the reciprocal rank of the
/// group's first click under the model (ties averaged as <see cref="MrrMetric"/>). Wang et al. have one click per group
/// and W_q = 1/p of that click's logged position; with several clicks W_q is the mean of their weights (see
/// <see cref="PropensityWeights"/>), our generalisation. Without weights every W_q is 1 and this equals <c>mrr</c>.
/// 0 when no group has a click or all their weights are 0.
/// </summary>
internal sealed class IpwMrrMetric : IMetric
{
    public MetricDescriptor Describe() => new(
        BuiltInMetricNames.IpwMrr,
        "MRR of the first click per group, each group weighted by its clicks' mean 1/propensity (Wang et al. 2016); equals mrr without weights.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: true,
        PredictionKind.Score);

    public double Compute(MetricInput input)
    {
        var scores = PredictionReader.Scores(input);
        var weights = PropensityWeights.Read(input);
        double sum = 0, total = 0;
        foreach (var ranked in GroupRanking.RankedGroups(scores, input.Groups, input.Labels))
        {
            if (GroupRanking.ExpectedReciprocalRank(ranked, scores, input.Labels) is not { } reciprocal)
            {
                continue;
            }

            double weight = 0;
            var clicks = 0;
            foreach (var row in ranked)
            {
                if (input.Labels[row] > 0)
                {
                    weight += weights[row];
                    clicks++;
                }
            }

            weight /= clicks;
            sum += weight * reciprocal;
            total += weight;
        }

        return total > 0 ? sum / total : 0.0;
    }
}
