using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Inverse-propensity-weighted DCG@k on click labels (Joachims, Swaminathan &amp; Schnabel 2017, "Unbiased
/// Learning-to-Rank with Biased Feedback"; Agarwal et al. 2019, "A General Framework for Counterfactual
/// Learning-to-Rank"): per group Σ over clicked rows (label &gt; 0) in the model's top k of gain·w/log2(1 + rank),
/// gain 2^label − 1 (1 for a click) and w the row's weight, 1/p(examined at its logged position) (see
/// <see cref="PropensityWeights"/>); the mean over all groups, those without a click contributing 0, is the IPS
/// estimate of the mean DCG@k under true relevance. Ties average the discount of the positions they span.
/// </summary>
internal sealed class IpwDcgMetric : IMetric
{
    private readonly int? _cutoff;

    /// <param name="cutoff">k, or null for the whole list.</param>
    public IpwDcgMetric(int? cutoff) => _cutoff = cutoff;

    public MetricDescriptor Describe() => new(
        CutoffName.Of(BuiltInMetricNames.IpwDcg, _cutoff),
        "IPS estimate of DCG@k from clicks: each click's gain times its weight 1/propensity (Joachims et al. 2017; Agarwal et al. 2019), mean over all groups.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: true,
        PredictionKind.Score);

    public double Compute(MetricInput input)
    {
        var scores = PredictionReader.Scores(input);
        var gains = PropensityWeights.WeightedGains(input);

        double sum = 0;
        var groups = 0;
        foreach (var ranked in GroupRanking.RankedGroups(scores, input.Groups, input.Labels))
        {
            sum += Dcg.Expected(ranked, _cutoff ?? ranked.Length, scores, gains);
            groups++;
        }

        return groups > 0 ? sum / groups : 0.0;
    }
}
