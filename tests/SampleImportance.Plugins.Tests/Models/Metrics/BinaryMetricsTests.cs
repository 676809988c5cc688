using SampleImportance.Plugins.Models.Metrics;

namespace SampleImportance.Plugins.Tests.Models.Metrics;

public class BinaryMetricsTests
{
    [Fact]
    public void Auc_counts_tied_scores_as_half()
    {
        // Pairs (pos, neg): (0.8, 0.1) win, (0.8, 0.4) win, (0.4, 0.1) win, (0.4, 0.4) tie → 3.5 / 4.
        Assert.Equal(0.875, BinaryMetrics.Auc([0.8, 0.4, 0.4, 0.1], [1, 1, 0, 0]), 15);
    }

    [Fact]
    public void Log_likelihood_is_clipped_so_a_confident_mistake_stays_finite()
    {
        var value = BinaryMetrics.MeanLogLikelihood([1.0, 0.5], [0, 1]);

        Assert.Equal((Math.Log(BinaryMetrics.Epsilon) + Math.Log(0.5)) / 2, value, 6);
    }

    [Fact]
    public void Accuracy_gives_half_a_point_to_a_score_of_exactly_one_half()
    {
        Assert.Equal(0.625, BinaryMetrics.Accuracy([0.9, 0.2, 0.5, 0.6], [1, 0, 1, 0]), 15);
    }
}
