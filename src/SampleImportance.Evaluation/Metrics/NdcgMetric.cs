using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// NDCG@k averaged over groups (Järvelin &amp; Kekäläinen 2002) with gain 2^rel − 1 and discount 1/log2(1 + position),
/// the convention of LightGBM's <c>ndcg@k</c>. Tied scores get the average discount of the positions their block
/// spans (McSherry &amp; Najork 2008), so ties never depend on row order. Groups with no relevant row (ideal DCG 0)
/// are left out; with none left the value is 0.
/// </summary>
internal sealed class NdcgMetric : IMetric
{
    private readonly int? _cutoff;

    /// <param name="cutoff">k, or null for the whole list.</param>
    public NdcgMetric(int? cutoff) => _cutoff = cutoff;

    public MetricDescriptor Describe() => new(
        _cutoff is { } k ? BuiltInMetricNames.Ndcg + "@" + k.ToString(CultureInfo.InvariantCulture) : BuiltInMetricNames.Ndcg,
        "Normalised DCG per group (gain 2^rel − 1, ties averaged), mean over groups with a relevant row.",
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
            var k = Math.Min(_cutoff ?? ranked.Length, ranked.Length);
            var ideal = new double[ranked.Length];
            for (var j = 0; j < ranked.Length; j++)
            {
                ideal[j] = input.Labels[ranked[j]];
            }

            Array.Sort(ideal, static (a, b) => b.CompareTo(a));
            var idealDcg = 0.0;
            for (var pos = 0; pos < k; pos++)
            {
                idealDcg += Gain(ideal[pos]) * Discount(pos);
            }

            if (idealDcg <= 0)
            {
                continue;
            }

            var dcg = 0.0;
            for (var start = 0; start < k;)
            {
                var end = GroupRanking.BlockEnd(ranked, start, scores);
                var discount = 0.0;
                for (var pos = start; pos < Math.Min(end, k); pos++)
                {
                    discount += Discount(pos);
                }

                discount /= end - start;
                for (var j = start; j < end; j++)
                {
                    dcg += Gain(input.Labels[ranked[j]]) * discount;
                }

                start = end;
            }

            sum += dcg / idealDcg;
            counted++;
        }

        return counted > 0 ? sum / counted : 0.0;
    }

    private static double Gain(double relevance) => relevance > 0 ? Math.Pow(2, relevance) - 1 : 0.0;

    private static double Discount(int zeroBasedPosition) => 1.0 / Math.Log2(zeroBasedPosition + 2);
}
