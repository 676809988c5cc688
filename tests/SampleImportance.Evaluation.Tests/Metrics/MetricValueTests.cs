using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Metrics;

namespace SampleImportance.Evaluation.Tests.Metrics;

/// <summary>Built-in metrics against hand-computed values and brute force over every order of tied scores.</summary>
public sealed class MetricValueTests
{
    private static double Compute(string name, double[] predictions, int outputs, double[] labels, int[]? groups = null, double[]? weights = null)
    {
        Assert.True(MetricCatalog.CreateDefault().TryCreate(name, out var metric, out var problem), problem);
        return metric.Compute(new MetricInput(predictions, outputs, labels, groups ?? [], weights ?? []));
    }

    [Fact]
    public void Accuracy_shares_the_point_among_tied_top_classes()
    {
        // Row 0 right, row 1 wrong, row 2 a two-way tie including the label (½), row 3 a three-way tie (⅓).
        double[] predictions = [0.9, 0.1, 0, 0.2, 0.8, 0, 0.4, 0.4, 0.2, 1, 1, 1];
        Assert.Equal((1 + 0 + 0.5 + (1.0 / 3)) / 4, Compute("accuracy", predictions, 3, [0, 0, 1, 2]), 12);
    }

    [Fact]
    public void Weighted_accuracy_weights_rows()
    {
        Assert.Equal(3.0 / 4, Compute("accuracy", [0.9, 0.1, 0.9, 0.1], 2, [0, 1], weights: [3, 1]), 12);
    }

    [Fact]
    public void Label_likelihood_is_the_mean_score_of_the_true_label()
    {
        // knn with K = 3 and only 2 fitted rows: class scores need not sum to 1 (Jia et al. divide by K).
        Assert.Equal((2.0 / 3 + 0) / 2, Compute("label-likelihood", [2.0 / 3, 0, 2.0 / 3, 0], 2, [0, 1]), 12);
    }

    [Fact]
    public void Log_likelihood_clips_a_certain_mistake()
    {
        Assert.Equal((Math.Log(0.8) + Math.Log(1e-15)) / 2, Compute("log-likelihood", [0.2, 0.8, 1, 0], 2, [1, 1]), 12);
    }

    [Fact]
    public void Mse_is_lower_is_better_and_exact()
    {
        Assert.Equal((1 + 4) / 2.0, Compute("mse", [1, 3], 1, [0, 1]), 12);
    }

    [Fact]
    public void Auc_matches_pair_counting_with_ties_at_half()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var n = random.Next(2, 12);
            var scores = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3)).ToArray();
            var labels = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 2)).ToArray();
            double pairs = 0, wins = 0;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (labels[i] == 1 && labels[j] == 0)
                    {
                        pairs++;
                        wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    }
                }
            }

            var expected = pairs == 0 ? 0.5 : wins / pairs;
            Assert.Equal(expected, Compute("auc", scores, 1, labels), 12);
        }
    }

    [Fact]
    public void Ndcg_matches_a_hand_computed_list()
    {
        // Scores rank relevances 3, 2, 0, 1. DCG = 7/1 + 3/log2(3) + 0 + 1/log2(5); ideal 3, 2, 1, 0.
        double[] scores = [4, 3, 2, 1];
        double[] labels = [3, 2, 0, 1];
        var dcg = 7 + (3 / Math.Log2(3)) + (1 / Math.Log2(5));
        var ideal = 7 + (3 / Math.Log2(3)) + (1 / Math.Log2(4));
        Assert.Equal(dcg / ideal, Compute("ndcg", scores, 1, labels, [5, 5, 5, 5]), 12);
        Assert.Equal(1.0, Compute("ndcg@2", scores, 1, labels, [5, 5, 5, 5]), 12);
    }

    [Fact]
    public void Ranking_metrics_equal_the_mean_over_every_order_of_tied_scores()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 60; trial++)
        {
            var n = random.Next(1, 7);
            var scores = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3)).ToArray();
            var labels = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3)).ToArray();
            var groups = new int[n];
            foreach (var k in new[] { 1, 2, 3, 10 })
            {
                Assert.Equal(BruteForce(scores, labels, orderedLabels => Ndcg(orderedLabels, labels, k)), Compute($"ndcg@{k}", scores, 1, labels, groups), 10);
            }

            Assert.Equal(BruteForce(scores, labels, Reciprocal), Compute("mrr", scores, 1, labels, groups), 10);
        }
    }

    [Fact]
    public void Metrics_do_not_depend_on_row_order()
    {
        var random = new Random(3);
        var n = 40;
        var predictions = Enumerable.Range(0, n * 2).Select(_ => random.Next(0, 4) / 4.0).ToArray();
        var labels = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 2)).ToArray();
        var groups = Enumerable.Range(0, n).Select(_ => random.Next(0, 5)).ToArray();
        var permutation = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        var p2 = permutation.SelectMany(r => new[] { predictions[2 * r], predictions[(2 * r) + 1] }).ToArray();
        var l2 = permutation.Select(r => labels[r]).ToArray();
        var g2 = permutation.Select(r => groups[r]).ToArray();
        foreach (var name in new[] { "accuracy", "auc", "log-likelihood", "label-likelihood", "ndcg@3", "mrr" })
        {
            Assert.Equal(Compute(name, predictions, 2, labels, groups), Compute(name, p2, 2, l2, g2), 12);
        }
    }

    [Fact]
    public void Ranking_metrics_skip_groups_without_a_relevant_row_and_average_the_rest()
    {
        // Group 1: perfect; group 2: the relevant row ranked second; group 3: nothing relevant (left out).
        double[] scores = [2, 1, 2, 1, 2, 1];
        double[] labels = [1, 0, 0, 1, 0, 0];
        int[] groups = [1, 1, 2, 2, 3, 3];
        Assert.Equal((1 + 0.5) / 2, Compute("mrr", scores, 1, labels, groups), 12);
        Assert.Equal((1 + (1 / Math.Log2(3))) / 2, Compute("ndcg", scores, 1, labels, groups), 12);
        Assert.Equal(0.0, Compute("mrr", [1, 2], 1, [0, 0], [1, 1]), 12);
    }

    private static double Ndcg(double[] ordered, double[] labels, int k)
    {
        static double Dcg(IEnumerable<double> rel, int k) => rel.Take(k).Select((r, i) => (Math.Pow(2, r) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(labels.OrderDescending(), k);
        return ideal > 0 ? Dcg(ordered, k) / ideal : 0;
    }

    private static double Reciprocal(double[] ordered)
    {
        var first = Array.FindIndex(ordered, r => r > 0);
        return first < 0 ? 0 : 1.0 / (first + 1);
    }

    /// <summary>Mean of the measure over every order of one group's rows consistent with descending scores.</summary>
    private static double BruteForce(double[] scores, double[] labels, Func<double[], double> measure) =>
        TiedOrders.Mean(scores, new int[scores.Length], ranked => measure(ranked[0].Select(r => labels[r]).ToArray()));
}
