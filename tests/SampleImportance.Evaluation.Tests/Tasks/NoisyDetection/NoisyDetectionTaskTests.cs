using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tests.Support;

namespace SampleImportance.Evaluation.Tests.Tasks.NoisyDetection;

public sealed class NoisyDetectionTaskTests
{
    private static IReadOnlyDictionary<string, double> Detect(double[] values, bool[] rowMask, UnitPartition units) =>
        TaskRun.Evaluate("noisy-detection", TaskRun.Input(values, units, new SampleSet(new float[rowMask.Length], 1, new double[rowMask.Length]), rowMask)).Metrics;

    [Fact]
    public void At_row_units_low_values_on_corrupted_rows_detect_perfectly()
    {
        var metrics = Detect([0.3, -2, 0.1, 1, -0.5], [false, true, false, false, true], UnitPartition.Rows(5));
        Assert.Equal(1.0, metrics["noisy-detection.auroc"]);
        Assert.Equal(1.0, metrics["noisy-detection.average-precision"]);
        Assert.Equal(1.0, metrics["noisy-detection.f1"]);
    }

    [Fact]
    public void Noisy_detection_treats_low_values_as_suspects()
    {
        var metrics = Detect([-1.0, 2.0, 3.0, -2.0], [true, false, false, true], UnitPartition.Rows(4));
        Assert.Equal(1.0, metrics["noisy-detection.auroc"]);
        Assert.Equal(1.0, metrics["noisy-detection.average-precision"]);
        Assert.Equal(1.0, metrics["noisy-detection.f1"]);
    }

    [Fact]
    public void A_group_is_corrupted_when_any_of_its_rows_is()
    {
        // Sessions 10, 20, 30, 40 of two rows each. Session 10 has one corrupted row of two, session 30 both.
        int[] sessions = [10, 10, 20, 20, 30, 30, 40, 40];
        bool[] rowMask = [true, false, false, false, true, true, false, false];

        // Suspicion = −value: 10 (1), 20 (0), 40 (−2), 30 (−3).
        var metrics = Detect([-1, 0, 3, 2], rowMask, UnitPartition.ByColumn("session", sessions));

        // Corrupted {10, 30} vs clean {20, 40}: 10 beats both, 30 beats neither → 2 of 4 pairs.
        Assert.Equal(0.5, metrics["noisy-detection.auroc"], 12);

        // Scanning 10, 20, 40, 30: precision 1/1 at session 10 and 2/4 at session 30.
        Assert.Equal(0.75, metrics["noisy-detection.average-precision"], 12);

        // Two groups are corrupted, so the top two (10, 20) are flagged: one hit → precision = recall = ½.
        Assert.Equal(0.5, metrics["noisy-detection.f1"], 12);
    }

    [Fact]
    public void A_partly_corrupted_group_alone_is_found()
    {
        // Only one row of session 7 is corrupted; were groups corrupted only when all their rows were, there would be no positive.
        var metrics = Detect([1, -5, 2], [false, false, false, true, false, false], UnitPartition.ByColumn("session", [5, 5, 7, 7, 9, 9]));
        Assert.Equal(1.0, metrics["noisy-detection.auroc"]);
        Assert.Equal(1.0, metrics["noisy-detection.f1"]);
    }

    [Fact]
    public void Without_a_noise_mask_nothing_is_measured()
    {
        var train = new SampleSet(new float[3], 1, [0, 1, 1]);
        var outcome = TaskRun.Evaluate("noisy-detection", TaskRun.Input([1, 2, 3], UnitPartition.Rows(3), train));
        Assert.Empty(outcome.Metrics);
    }
}
