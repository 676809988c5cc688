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

    private static IReadOnlyDictionary<string, double> Detect(double[] values, bool[] rowMask, int[] strata) =>
        TaskRun.Evaluate(
            "noisy-detection",
            TaskRun.Input(values, UnitPartition.Rows(values.Length), new SampleSet(new float[rowMask.Length], 1, new double[rowMask.Length]), rowMask) with { NoiseStrata = strata }).Metrics;

    [Fact]
    public void Only_candidates_are_scored_and_strata_are_averaged()
    {
        // Rows 0–3 are stratum 0, rows 4–7 stratum 1, rows 8–9 are not candidates (they could not carry the noise).
        double[] values = [-3, 1, 2, 3, 5, -1, 6, 7, -9, 9];
        bool[] mask = [true, false, false, false, false, true, false, false, false, false];
        int[] strata = [0, 0, 0, 0, 1, 1, 1, 1, -1, -1];

        var metrics = Detect(values, mask, strata);

        // Both strata rank their noisy row first: 1.0 each, whatever the strongly suspicious non-candidate row 8 does.
        Assert.Equal(1.0, metrics["noisy-detection.auroc"]);
        Assert.Equal(1.0, metrics["noisy-detection.average-precision"]);
        Assert.Equal(1.0, metrics["noisy-detection.f1"]);

        // Over every row, row 8 (clean, value −9) is the top suspect: each noisy row beats 7 of the 8 clean ones = 14/16.
        Assert.Equal(14 / 16.0, metrics["noisy-detection.auroc-all-rows"], 12);
    }

    [Fact]
    public void A_stratum_without_both_kinds_is_skipped_and_nothing_to_compare_is_nan()
    {
        // Stratum 1 holds only clean rows: it says nothing and must not count as 0 or 1.
        var metrics = Detect([2, -1, 0, 4, 5], [false, true, false, false, false], [0, 0, 0, 1, 1]);
        Assert.Equal(1.0, metrics["noisy-detection.auroc"]);

        var none = Detect([2, -1, 0], [false, true, false], [-1, 1, -1]);
        Assert.True(double.IsNaN(none["noisy-detection.auroc"]));
        Assert.True(double.IsNaN(none["noisy-detection.f1"]));
    }

    [Fact]
    public void A_label_reader_scores_chance_within_each_observed_label()
    {
        // Label flips on imbalanced labels: observed 1s are mostly flipped 0s. Reading the label wins over all rows,
        // never within a label.
        double[] labels = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
        bool[] flipped = [true, true, false, false, false, false, false, false, false, true];
        var metrics = Detect([.. labels.Select(l => -l)], flipped, [.. labels.Select(l => (int)l)]);

        Assert.Equal(0.5, metrics["noisy-detection.auroc"], 12);
        Assert.True(metrics["noisy-detection.auroc-all-rows"] > 0.7);
    }

    [Fact]
    public void Without_a_noise_mask_nothing_is_measured()
    {
        var train = new SampleSet(new float[3], 1, [0, 1, 1]);
        var outcome = TaskRun.Evaluate("noisy-detection", TaskRun.Input([1, 2, 3], UnitPartition.Rows(3), train));
        Assert.Empty(outcome.Metrics);
    }
}
