using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Inverse-propensity-weighted NDCG@k on click labels: <see cref="IpwDcgMetric"/>'s per-group IPS DCG@k divided by
/// the DCG@k of the best order of the same weighted gains (gain 2^label − 1 times the row's weight 1/propensity, see
/// <see cref="PropensityWeights"/>), averaged over groups with a weighted click. The per-group normalisation is ours
/// (Joachims et al. 2017 and Agarwal et al. 2019 estimate unnormalised DCG): it keeps the value in [0, 1] and makes it
/// equal <c>ndcg@k</c> when there are no weights. Ties and groups without clicks follow <see cref="NdcgMetric"/>.
/// </summary>
internal sealed class IpwNdcgMetric : IMetric
{
    private readonly int? _cutoff;

    /// <param name="cutoff">k, or null for the whole list.</param>
    public IpwNdcgMetric(int? cutoff) => _cutoff = cutoff;

    public MetricDescriptor Describe() => new(
        CutoffName.Of(BuiltInMetricNames.IpwNdcg, _cutoff),
        "NDCG@k from clicks with each click's gain times its weight 1/propensity, normalised by the best order of those gains; equals ndcg@k without weights.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: true,
        PredictionKind.Score);

    public double Compute(MetricInput input)
    {
        var scores = PredictionReader.Scores(input);
        var gains = PropensityWeights.WeightedGains(input);

        return Dcg.MeanNormalised(scores, gains, input, _cutoff);
    }
}
