using SampleImportance.Evaluation;
using SampleImportance.Evaluation.Tests.Metrics;

namespace SampleImportance.Evaluation.Tests;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Auroc_is_one_for_a_perfect_ranking_and_zero_for_a_reversed_one()
    {
        bool[] mask = [true, false, true, false];
        Assert.Equal(1.0, RankingMetrics.Auroc(mask, [0.9, 0.1, 0.8, 0.2]));
        Assert.Equal(0.0, RankingMetrics.Auroc(mask, [0.1, 0.9, 0.2, 0.8]));
    }

    [Fact]
    public void Auroc_counts_ties_as_one_half()
    {
        // Pairs (p, n): (0.5, 0.5) tie = 0.5, (0.5, 0.1) = 1, (0.9, 0.5) = 1, (0.9, 0.1) = 1 → 3.5 / 4.
        Assert.Equal(0.875, RankingMetrics.Auroc([true, false, true, false], [0.5, 0.5, 0.9, 0.1]), 12);
    }

    [Fact]
    public void Auroc_matches_pairwise_counting_on_random_scores()
    {
        var random = new Random(7);
        var mask = Enumerable.Range(0, 200).Select(_ => random.NextDouble() < 0.2).ToArray();
        var scores = Enumerable.Range(0, 200).Select(_ => Math.Round(random.NextDouble(), 1)).ToArray();
        double wins = 0;
        var pairs = 0;
        for (var i = 0; i < mask.Length; i++)
        {
            for (var j = 0; j < mask.Length; j++)
            {
                if (mask[i] && !mask[j])
                {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        Assert.Equal(wins / pairs, RankingMetrics.Auroc(mask, scores), 12);
    }

    [Fact]
    public void Auroc_is_undefined_without_both_classes() =>
        Assert.True(double.IsNaN(RankingMetrics.Auroc([false, false], [0.1, 0.2])));

    [Fact]
    public void Average_precision_averages_precision_at_each_positive()
    {
        // Order by score: p(1/1), n, p(2/3) → (1 + 2/3) / 2.
        Assert.Equal((1 + (2.0 / 3)) / 2, RankingMetrics.AveragePrecision([true, false, true], [0.9, 0.8, 0.7]), 12);
    }

    [Fact]
    public void Average_precision_matches_the_scikit_learn_documentation_example()
    {
        // average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.83333...: ΔR ½ at P 1, ΔR ½ at P ⅔.
        Assert.Equal(0.5 + (0.5 * 2 / 3), RankingMetrics.AveragePrecision([false, false, true, true], [0.1, 0.4, 0.35, 0.8]), 12);
        Assert.Equal(0.8333333333333333, RankingMetrics.AveragePrecision([false, false, true, true], [0.1, 0.4, 0.35, 0.8]), 12);
    }

    [Fact]
    public void Average_precision_groups_tied_scores_into_one_threshold()
    {
        // Thresholds 0.9 (TP 1, FP 0: ΔR ½ at P 1) and 0.5 (TP 2, FP 1: ΔR ½ at P ⅔); either order of the tied pair gives 5/6.
        Assert.Equal(5.0 / 6, RankingMetrics.AveragePrecision([true, false, true, false], [0.5, 0.5, 0.9, 0.1]), 12);
        Assert.Equal(5.0 / 6, RankingMetrics.AveragePrecision([false, true, true, false], [0.5, 0.5, 0.9, 0.1]), 12);
        // All scores tied: one threshold, AP = precision of flagging everything = prevalence.
        Assert.Equal(0.5, RankingMetrics.AveragePrecision([true, false, false, true], [0.2, 0.2, 0.2, 0.2]), 12);
    }

    [Fact]
    public void Average_precision_edge_cases()
    {
        Assert.True(double.IsNaN(RankingMetrics.AveragePrecision([false, false], [0.1, 0.2])));
        Assert.Equal(1.0, RankingMetrics.AveragePrecision([true, true, true], [0.1, 0.2, 0.2]), 12);
        Assert.True(double.IsNaN(RankingMetrics.AveragePrecision([], [])));
    }

    [Fact]
    public void F1_flags_the_top_count_rows()
    {
        // Flag 2: rows 0 and 1 → TP 1, precision 1/2, recall 1/2.
        Assert.Equal(0.5, RankingMetrics.F1AtCount([true, false, true], [0.9, 0.8, 0.7], 2), 12);
        Assert.Equal(1.0, RankingMetrics.F1AtCount([true, false, true], [0.9, 0.1, 0.7], 2), 12);
    }

    [Fact]
    public void F1_takes_the_expected_true_positives_of_a_tie_straddling_the_cut()
    {
        // Flag 2 of: 0.9 (p), then 0.5 × {p, n, n}: one of three tied rows is flagged, expected TP 1 + ⅓; F1 = 2·TP / (2 + 2).
        Assert.Equal(2 * (1 + (1.0 / 3)) / 4, RankingMetrics.F1AtCount([true, true, false, false], [0.9, 0.5, 0.5, 0.5], 2), 12);
    }

    [Fact]
    public void F1_edge_cases()
    {
        bool[] mask = [true, false, true];
        double[] scores = [0.9, 0.8, 0.7];
        Assert.Equal(0.0, RankingMetrics.F1AtCount(mask, scores, 0));
        Assert.Equal(0.0, RankingMetrics.F1AtCount(mask, scores, -3));
        Assert.Equal(RankingMetrics.F1AtCount(mask, scores, 3), RankingMetrics.F1AtCount(mask, scores, 10));
        Assert.Equal(2 * 2.0 / (3 + 2), RankingMetrics.F1AtCount(mask, scores, 10), 12);
        Assert.Equal(0.0, RankingMetrics.F1AtCount([false, false], [0.1, 0.2], 1));
        Assert.Equal(0.0, RankingMetrics.F1AtCount([false, false], [0.1, 0.2], 0));
        Assert.Equal(1.0, RankingMetrics.F1AtCount([true, true], [0.1, 0.1], 2), 12);
        Assert.Equal(2 * 1.0 / (1 + 2), RankingMetrics.F1AtCount([true, true], [0.1, 0.1], 1), 12);
        Assert.True(double.IsNaN(RankingMetrics.Auroc([true, true], [0.1, 0.2])));
        Assert.True(double.IsNaN(RankingMetrics.Auroc([], [])));
    }

    [Fact]
    public void F1_equals_the_mean_over_every_tie_breaking_order()
    {
        var random = new Random(13);
        for (var trial = 0; trial < 80; trial++)
        {
            var n = random.Next(1, 7);
            var mask = Enumerable.Range(0, n).Select(_ => random.Next(0, 2) == 1).ToArray();
            var scores = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3)).ToArray();
            for (var flagged = -1; flagged <= n + 1; flagged++)
            {
                var flags = Math.Clamp(flagged, 0, n);
                var actual = mask.Count(x => x);
                var expected = TiedOrders.Mean(scores, new int[n], ranked =>
                {
                    var tp = ranked.Count == 0 ? 0 : ranked[0].Take(flags).Count(r => mask[r]);
                    return tp == 0 ? 0 : 2.0 * tp / (flags + actual);
                });
                Assert.Equal(expected, RankingMetrics.F1AtCount(mask, scores, flagged), 12);
            }
        }
    }

    [Fact]
    public void Average_precision_equals_the_scikit_learn_sum_over_thresholds()
    {
        // Independent form: for each distinct threshold t (high to low), recall gain × precision of flagging scores ≥ t.
        var random = new Random(19);
        for (var trial = 0; trial < 100; trial++)
        {
            var n = random.Next(1, 25);
            var mask = Enumerable.Range(0, n).Select(_ => random.Next(0, 3) == 0).ToArray();
            var scores = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 5)).ToArray();
            var positives = mask.Count(x => x);
            if (positives == 0)
            {
                continue;
            }

            double expected = 0, previousRecall = 0;
            foreach (var t in scores.Distinct().OrderDescending())
            {
                var flaggedRows = Enumerable.Range(0, n).Where(i => scores[i] >= t).ToArray();
                var recall = flaggedRows.Count(i => mask[i]) / (double)positives;
                expected += (recall - previousRecall) * flaggedRows.Count(i => mask[i]) / flaggedRows.Length;
                previousRecall = recall;
            }

            Assert.Equal(expected, RankingMetrics.AveragePrecision(mask, scores), 12);
        }
    }

    [Fact]
    public void Detection_metrics_do_not_depend_on_row_order()
    {
        var random = new Random(29);
        for (var trial = 0; trial < 50; trial++)
        {
            var n = random.Next(2, 60);
            var mask = Enumerable.Range(0, n).Select(_ => random.Next(0, 3) == 0).ToArray();
            var scores = Enumerable.Range(0, n).Select(_ => random.Next(0, 4) / 4.0).ToArray();
            var flagged = random.Next(0, n + 2);
            var p = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
            bool[] mask2 = [.. p.Select(i => mask[i])];
            double[] scores2 = [.. p.Select(i => scores[i])];
            Assert.Equal(RankingMetrics.Auroc(mask, scores), RankingMetrics.Auroc(mask2, scores2), 12);
            Assert.Equal(RankingMetrics.AveragePrecision(mask, scores), RankingMetrics.AveragePrecision(mask2, scores2), 12);
            Assert.Equal(RankingMetrics.F1AtCount(mask, scores, flagged), RankingMetrics.F1AtCount(mask2, scores2, flagged), 12);
        }
    }

    [Fact]
    public void Non_finite_scores_are_refused() =>
        Assert.Throws<ArgumentException>(() => RankingMetrics.Auroc([true, false], [double.NaN, 1]));
}
