using SampleImportance.Evaluation;

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
    public void F1_flags_the_top_count_rows()
    {
        // Flag 2: rows 0 and 1 → TP 1, precision 1/2, recall 1/2.
        Assert.Equal(0.5, RankingMetrics.F1AtCount([true, false, true], [0.9, 0.8, 0.7], 2), 12);
        Assert.Equal(1.0, RankingMetrics.F1AtCount([true, false, true], [0.9, 0.1, 0.7], 2), 12);
    }

    [Fact]
    public void Non_finite_scores_are_refused() =>
        Assert.Throws<ArgumentException>(() => RankingMetrics.Auroc([true, false], [double.NaN, 1]));
}
