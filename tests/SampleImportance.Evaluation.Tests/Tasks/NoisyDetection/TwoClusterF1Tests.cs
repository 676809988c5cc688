using SampleImportance.Evaluation.Tasks;

namespace SampleImportance.Evaluation.Tests.Tasks.NoisyDetection;

public sealed class TwoClusterF1Tests
{
    private const string TwoCluster = "noisy-detection.f1-two-cluster";
    private const string TwoClusterAll = "noisy-detection.f1-two-cluster-all-rows";

    [Fact]
    public void Values_that_set_the_noise_apart_score_one()
    {
        var metrics = NoisyDetectionTask.Score([5, -3, 4.5, 6, -2.5, 5.5], [false, true, false, false, true, false], new int[6]);

        Assert.Equal(1.0, metrics[TwoCluster], 12);
        Assert.Equal(1.0, metrics[TwoClusterAll], 12);
    }

    [Fact]
    public void The_cluster_decides_how_many_are_flagged_not_the_noise_rate()
    {
        // Lower cluster {−3, −2.9, −2.8}; the only noisy unit is −3: precision 1/3, recall 1, F1 = 2·1/(3 + 1) = 0.5.
        // F1 at the true rate flags one unit and scores 1.
        var metrics = NoisyDetectionTask.Score([5, -3, -2.9, 6, -2.8, 5.5], [false, true, false, false, false, false], new int[6]);

        Assert.Equal(0.5, metrics[TwoCluster], 12);
        Assert.Equal(1.0, metrics["noisy-detection.f1"], 12);
    }

    [Fact]
    public void Without_noise_the_stratified_figure_is_undefined_and_over_all_rows_zero()
    {
        var metrics = NoisyDetectionTask.Score([1, 2, 3, 10], [false, false, false, false], new int[4]);

        Assert.True(double.IsNaN(metrics[TwoCluster]));
        Assert.Equal(0.0, metrics[TwoClusterAll]);
    }

    [Fact]
    public void With_every_unit_noisy_only_the_flagged_share_counts()
    {
        // Lower cluster {1, 2, 3} of four noisy units: TP = 3, F1 = 2·3 / (3 + 4).
        var metrics = NoisyDetectionTask.Score([1, 2, 3, 10], [true, true, true, true], new int[4]);

        Assert.True(double.IsNaN(metrics[TwoCluster]));
        Assert.Equal(6.0 / 7, metrics[TwoClusterAll], 12);
    }

    [Fact]
    public void Equal_values_flag_nothing()
    {
        var metrics = NoisyDetectionTask.Score([2, 2, 2, 2], [true, false, false, true], new int[4]);

        Assert.Equal(0.0, metrics[TwoCluster]);
        Assert.Equal(0.0, metrics[TwoClusterAll]);
    }

    [Fact]
    public void Each_stratum_is_clustered_on_its_own()
    {
        // Stratum 0 holds values near 0, stratum 1 near 100; clustering them together would flag all of stratum 0.
        double[] values = [0, 1, 0.1, 100, 101, 100.1];
        bool[] mask = [true, false, false, true, false, false];
        int[] strata = [0, 0, 0, 1, 1, 1];

        var metrics = NoisyDetectionTask.Score(values, mask, strata);

        // Per stratum: lower cluster {0, 0.1} holds the one noisy unit → F1 = 2·1/(2 + 1) = 2/3.
        Assert.Equal(2.0 / 3, metrics[TwoCluster], 12);

        // Over all rows: the lower cluster is stratum 0, holding one of two noisy units → F1 = 2·1/(3 + 2).
        Assert.Equal(0.4, metrics[TwoClusterAll], 12);
    }
}
