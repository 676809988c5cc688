using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// NDCG@k averaged over groups (Järvelin &amp; Kekäläinen 2002) with gain 2^rel − 1 and discount 1/log2(1 + position),
/// the convention of LightGBM's <c>ndcg@k</c> (scikit-learn's <c>ndcg_score</c> uses gain rel instead; the two agree on
/// binary labels). Tied scores get the average discount of the positions their block spans, as scikit-learn's
/// <c>ndcg_score(ignore_ties=False)</c> does (McSherry &amp; Najork 2008), so ties never depend on row order. k larger
/// than a group means the whole group. Groups with no relevant row (ideal DCG 0) are left out, where LightGBM scores
/// them 1 and scikit-learn 0: a group the model cannot get wrong says nothing about it. With none left the value is 0.
/// </summary>
internal sealed class NdcgMetric : IMetric
{
    private readonly int? _cutoff;

    /// <param name="cutoff">k, or null for the whole list.</param>
    public NdcgMetric(int? cutoff) => _cutoff = cutoff;

    public MetricDescriptor Describe() => new(
        CutoffName.Of(BuiltInMetricNames.Ndcg, _cutoff),
        "Normalised DCG per group (gain 2^rel − 1 as LightGBM, ties averaged as scikit-learn), mean over groups with a relevant row.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: true,
        PredictionKind.Score);

    public double Compute(MetricInput input)
    {
        var scores = PredictionReader.Scores(input);
        var gains = new double[input.Count];
        for (var row = 0; row < gains.Length; row++)
        {
            gains[row] = Dcg.Gain(input.Labels[row]);
        }

        return Dcg.MeanNormalised(scores, gains, input, _cutoff);
    }
}
