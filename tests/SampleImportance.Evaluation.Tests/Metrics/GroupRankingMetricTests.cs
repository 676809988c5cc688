using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Metrics;

namespace SampleImportance.Evaluation.Tests.Metrics;

/// <summary>
/// map@k, recall@k, precision@k, ndcg@k, mrr and the inverse-propensity-weighted click metrics: hand-worked cases
/// against the libraries and papers they follow, and brute force over every order of tied scores.
/// </summary>
public sealed class GroupRankingMetricTests
{
    private static readonly string[] Measures =
    [
        "map", "map@1", "map@2", "map@3", "map@10",
        "recall@1", "recall@2", "recall@10",
        "precision@1", "precision@3", "precision@10",
        "ndcg", "ndcg@2", "ndcg@10", "mrr",
        "ipw-dcg", "ipw-dcg@1", "ipw-dcg@10", "ipw-ndcg", "ipw-ndcg@2", "ipw-ndcg@10", "ipw-mrr",
    ];

    private static double Compute(string name, double[] scores, double[] labels, int[] groups, double[]? weights = null)
    {
        Assert.True(MetricCatalog.CreateDefault().TryCreate(name, out var metric, out var problem), problem);
        return metric.Compute(new MetricInput(scores, 1, labels, groups, weights ?? []));
    }

    private static double BruteForce(string name, double[] scores, double[] labels, int[] groups, double[]? weights = null)
    {
        var w = weights ?? Enumerable.Repeat(1.0, labels.Length).ToArray();
        return TiedOrders.Mean(scores, groups, ranked => RankingOracle.Of(name, ranked, labels, w));
    }

    [Fact]
    public void Map_at_k_matches_lightgbm_on_a_hand_worked_list()
    {
        // Group 1 ranked relevances 1, 0, 1, 0, 1 (R = 3); group 2 has nothing relevant; group 3 ranks 0, 1.
        double[] scores = [5, 4, 3, 2, 1, 2, 1, 2, 1];
        double[] labels = [1, 0, 1, 0, 1, 0, 0, 0, 1];
        int[] groups = [1, 1, 1, 1, 1, 2, 2, 3, 3];
        // map@2 (LightGBM, ÷ min(R, k)): group 1 (1/1) / 2; group 3 (1/2) / 1; group 2 left out.
        Assert.Equal(((1.0 / 2) + (1.0 / 2)) / 2, Compute("map@2", scores, labels, groups), 12);
        // map@3: group 1 (1 + 2/3) / 3.
        Assert.Equal((((1 + (2.0 / 3)) / 3) + 0.5) / 2, Compute("map@3", scores, labels, groups), 12);
        // map (trec_eval AP): group 1 (1 + 2/3 + 3/5) / 3 = 34/45; k past the group's end is the same.
        var full = ((34.0 / 45) + 0.5) / 2;
        Assert.Equal(full, Compute("map", scores, labels, groups), 12);
        Assert.Equal(full, Compute("map@10", scores, labels, groups), 12);
    }

    [Fact]
    public void Map_averages_over_the_orders_of_a_tie()
    {
        // Orders (relevant, other) → AP 1 and (other, relevant) → AP 1/2.
        Assert.Equal(0.75, Compute("map", [1, 1], [1, 0], [7, 7]), 12);
    }

    [Fact]
    public void Recall_and_precision_at_k_match_trec_eval_on_a_hand_worked_list()
    {
        double[] scores = [5, 4, 3, 2, 1];
        double[] labels = [1, 0, 1, 0, 1];
        int[] groups = [1, 1, 1, 1, 1];
        Assert.Equal(1.0 / 3, Compute("recall@2", scores, labels, groups), 12);
        Assert.Equal(1.0, Compute("recall@10", scores, labels, groups), 12);
        Assert.Equal(1.0 / 2, Compute("precision@2", scores, labels, groups), 12);
        // trec_eval's P_k divides by k even when the list is shorter.
        Assert.Equal(3.0 / 10, Compute("precision@10", scores, labels, groups), 12);
    }

    [Fact]
    public void Ipw_metrics_multiply_each_clicks_gain_by_its_inverse_propensity()
    {
        // Group 1 ranks clicks at positions 2 (w 2) and 4 (w 4); group 2 ranks its click first (w 1.25); group 3 has no click.
        double[] scores = [4, 3, 2, 1, 2, 1, 2, 1];
        double[] clicks = [0, 1, 0, 1, 1, 0, 0, 0];
        double[] weights = [1, 2, 1, 4, 1.25, 1, 9, 9];
        int[] groups = [1, 1, 1, 1, 2, 2, 3, 3];
        var dcg1 = (2 / Math.Log2(3)) + (4 / Math.Log2(5));
        var dcg2 = 1.25;

        // IPS DCG (Agarwal et al. 2019): mean over all three groups, the one without a click counting 0.
        Assert.Equal((dcg1 + dcg2 + 0) / 3, Compute("ipw-dcg", scores, clicks, groups, weights), 12);
        Assert.Equal(((2 / Math.Log2(3)) + dcg2) / 3, Compute("ipw-dcg@2", scores, clicks, groups, weights), 12);

        // Normalised by the best order of the weighted gains: group 1 ideally ranks w 4 then w 2.
        var ideal1 = 4 + (2 / Math.Log2(3));
        Assert.Equal(((dcg1 / ideal1) + 1) / 2, Compute("ipw-ndcg", scores, clicks, groups, weights), 12);

        // Weighted MRR (Wang et al. 2016): group weights are the mean of their clicks' weights, 3 and 1.25.
        Assert.Equal(((3 * 0.5) + (1.25 * 1)) / 4.25, Compute("ipw-mrr", scores, clicks, groups, weights), 12);
        Assert.Equal((0.5 + 1) / 2, Compute("mrr", scores, clicks, groups), 12);
    }

    [Fact]
    public void Ipw_metrics_without_weights_equal_their_unweighted_twins()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 40; trial++)
        {
            var n = random.Next(1, 30);
            var scores = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 4)).ToArray();
            var labels = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3)).ToArray();
            var groups = Enumerable.Range(0, n).Select(_ => random.Next(0, 4)).ToArray();
            var ones = Enumerable.Repeat(1.0, n).ToArray();
            foreach (var k in new[] { "", "@1", "@3", "@50" })
            {
                Assert.Equal(Compute("ndcg" + k, scores, labels, groups), Compute("ipw-ndcg" + k, scores, labels, groups), 12);
                Assert.Equal(Compute("ipw-dcg" + k, scores, labels, groups, ones), Compute("ipw-dcg" + k, scores, labels, groups), 12);
            }

            Assert.Equal(Compute("mrr", scores, labels, groups), Compute("ipw-mrr", scores, labels, groups), 12);
        }
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Ipw_metrics_refuse_weights_that_are_not_inverse_propensities(double bad)
    {
        foreach (var name in new[] { "ipw-dcg@3", "ipw-ndcg@3", "ipw-mrr" })
        {
            var error = Assert.Throws<ArgumentException>(() => Compute(name, [2, 1], [1, 0], [0, 0], [1, bad]));
            Assert.Contains("Row 1", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_group_metric_equals_the_mean_over_every_order_of_tied_scores()
    {
        var random = new Random(17);
        for (var trial = 0; trial < 80; trial++)
        {
            var n = random.Next(1, 7);
            var scores = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3)).ToArray();
            var labels = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3)).ToArray();
            var groups = Enumerable.Range(0, n).Select(_ => random.Next(0, 3)).ToArray();
            double[] weightChoices = [0, 0.5, 1, 3];
            var weights = Enumerable.Range(0, n).Select(_ => weightChoices[random.Next(weightChoices.Length)]).ToArray();
            foreach (var name in Measures)
            {
                Assert.Equal(BruteForce(name, scores, labels, groups, weights), Compute(name, scores, labels, groups, weights), 10);
            }
        }
    }

    public static TheoryData<string, double[], double[], int[]> EdgeCases => new()
    {
        { "single-row groups", [0.3, 0.1, 0.2], [1, 0, 2], [1, 2, 3] },
        { "one label value, all relevant", [3, 1, 2, 2], [1, 1, 1, 1], [4, 4, 4, 4] },
        { "one label value, none relevant", [3, 1, 2], [0, 0, 0], [4, 4, 4] },
        { "all predictions tied", [0.5, 0.5, 0.5, 0.5, 0.5], [0, 2, 0, 1, 0], [0, 0, 0, 0, 0] },
        { "all tied, several groups", [1, 1, 1, 1, 1, 1], [1, 0, 0, 0, 1, 1], [0, 0, 0, 1, 1, 1] },
        { "empty", [], [], [] },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_match_brute_force(string because, double[] scores, double[] labels, int[] groups)
    {
        foreach (var name in Measures)
        {
            var expected = scores.Length == 0 ? 0.0 : BruteForce(name, scores, labels, groups);
            var actual = Compute(name, scores, labels, groups);
            Assert.True(Math.Abs(expected - actual) < 1e-10, $"{name} on {because}: expected {expected}, got {actual}.");
        }
    }

    [Fact]
    public void Group_metrics_do_not_depend_on_row_order()
    {
        var random = new Random(23);
        var n = 60;
        var scores = Enumerable.Range(0, n).Select(_ => random.Next(0, 4) / 4.0).ToArray();
        var labels = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3)).ToArray();
        var groups = Enumerable.Range(0, n).Select(_ => random.Next(0, 6)).ToArray();
        var weights = Enumerable.Range(0, n).Select(_ => 1 + random.Next(0, 5)).Select(w => (double)w).ToArray();
        for (var shuffle = 0; shuffle < 5; shuffle++)
        {
            var p = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
            foreach (var name in Measures)
            {
                Assert.Equal(
                    Compute(name, scores, labels, groups, weights),
                    Compute(name, [.. p.Select(r => scores[r])], [.. p.Select(r => labels[r])], [.. p.Select(r => groups[r])], [.. p.Select(r => weights[r])]),
                    12);
            }
        }
    }
}
