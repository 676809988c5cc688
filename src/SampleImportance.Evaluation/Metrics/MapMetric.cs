using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Mean average precision at k over groups, as LightGBM's <c>map@k</c> (relevant: label &gt; 0, where LightGBM reads
/// label &gt; 0.5; the same for integer grades): per group
/// AP@k = Σ_{i ≤ k, row i relevant} P@i / min(R, k), R the group's relevant rows; without a cutoff min(R, n) = R and
/// this is trec_eval's <c>map</c>. Ties: the expectation over every order of tied scores (McSherry &amp; Najork 2008),
/// exact because AP@k is linear in the products rel_i·rel_j. Groups with no relevant row are left out (LightGBM scores
/// them 1; trec_eval 0) as for ndcg and mrr; with none left the value is 0. k larger than a group means the whole group.
/// </summary>
internal sealed class MapMetric : IMetric
{
    private readonly int? _cutoff;

    /// <param name="cutoff">k, or null for the whole list.</param>
    public MapMetric(int? cutoff) => _cutoff = cutoff;

    public MetricDescriptor Describe() => new(
        CutoffName.Of(BuiltInMetricNames.Map, _cutoff),
        "Mean average precision at k per group (LightGBM map@k: ÷ min(relevant, k); label > 0 relevant; ties averaged), mean over groups with a relevant row.",
        MetricDirection.HigherIsBetter,
        NeedsGroups: true,
        PredictionKind.Score);

    public double Compute(MetricInput input) => GroupRanking.MeanOverRelevantGroups(input, (ranked, relevant, scores, labels) =>
    {
        var k = Math.Min(_cutoff ?? ranked.Length, ranked.Length);
        return ExpectedPrecisionSum(ranked, k, scores, labels) / Math.Min(relevant, k);
    });

    /// <summary>
    /// E[Σ_{i &lt; k} rel_i · hits_i / (i + 1)], hits_i the relevant rows in positions 0..i. At offset o of a tie block
    /// of m rows holding r relevant, after H relevant rows above it: E[rel_i·hits_i] = (r/m)·(H + 1 + o·(r − 1)/(m − 1)).
    /// </summary>
    private static double ExpectedPrecisionSum(int[] ranked, int k, ReadOnlySpan<double> scores, ReadOnlySpan<double> labels)
    {
        var sum = 0.0;
        var above = 0;
        for (var start = 0; start < k;)
        {
            var end = GroupRanking.BlockEnd(ranked, start, scores);
            var m = end - start;
            var r = GroupRanking.RelevantIn(ranked, start, end, labels);
            for (var pos = start; pos < Math.Min(end, k); pos++)
            {
                var pairs = m > 1 ? (pos - start) * (r - 1.0) / (m - 1) : 0.0;
                sum += r / (double)m * (above + 1 + pairs) / (pos + 1);
            }

            above += r;
            start = end;
        }

        return sum;
    }
}
