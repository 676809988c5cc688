using SampleImportance.Reporting.Gates;
using static SampleImportance.Reporting.Tests.Gates.GateRuns;

namespace SampleImportance.Reporting.Tests.Gates;

public class RegressionComparerTests
{
    private const string Auroc = "noisy-detection.auroc";
    private const string Time = "time.median";

    [Theory]
    [InlineData(0.86, GateStatus.Pass)]
    [InlineData(0.85, GateStatus.Pass)]
    [InlineData(0.84, GateStatus.Fail)]
    [InlineData(0.8499, GateStatus.Fail)]
    public void Compare_min_judges_the_current_mean(double mean, GateStatus expected)
    {
        var report = Compare(Run(Row(Auroc, mean)), Run(), Gate(Auroc, min: 0.85));

        var outcome = Assert.Single(report.Gates);
        Assert.Equal((expected, GateCheck.Min, 0.85, mean), (outcome.Status, outcome.Check, outcome.Limit, outcome.Current));
        Assert.Equal(expected == GateStatus.Fail ? GateCodes.MinMaxFailed : null, outcome.Code);
        Assert.Null(outcome.Baseline);
    }

    [Theory]
    [InlineData(1.9, GateStatus.Pass)]
    [InlineData(2.1, GateStatus.Fail)]
    public void Compare_max_judges_the_current_mean(double mean, GateStatus expected)
    {
        var outcome = Assert.Single(Compare(Run(Row(Time, mean)), Run(), Gate(Time, max: 2)).Gates);

        Assert.Equal((expected, GateCheck.Max), (outcome.Status, outcome.Check));
        Assert.Equal(expected == GateStatus.Fail ? "SIG001" : null, outcome.Code);
    }

    [Fact]
    public void Compare_max_drop_fails_when_the_drop_exceeds_the_limit()
    {
        var outcome = Assert.Single(Compare(Run(Row(Auroc, 0.71)), Run(Row(Auroc, 0.82)), Gate(Auroc, maxDrop: 0.05)).Gates);

        Assert.Equal(("SIG002", GateStatus.Fail, GateCheck.MaxDrop), (outcome.Code, outcome.Status, outcome.Check));
        Assert.Equal((0.71, 0.82, 0.05), (outcome.Current, outcome.Baseline, outcome.Limit));
        Assert.Equal("noisy-detection.auroc dropped by 0.11 (0.82 → 0.71), more than max-drop 0.05 (2 paired seeds; 95% interval of the drop [0.11, 0.11])", outcome.Message);
        Assert.Equal((0.11, 0.11), (Math.Round(outcome.IntervalLower!.Value, 12), Math.Round(outcome.IntervalUpper!.Value, 12)));
    }

    [Theory]
    [InlineData(0.80)]
    [InlineData(0.78)]
    [InlineData(0.77)]
    [InlineData(0.95)]
    public void Compare_max_drop_passes_a_small_drop_or_a_rise(double current)
    {
        var outcome = Assert.Single(Compare(Run(Row(Auroc, current)), Run(Row(Auroc, 0.82)), Gate(Auroc, maxDrop: 0.05)).Gates);

        Assert.Equal((GateStatus.Pass, null), (outcome.Status, outcome.Code));
    }

    [Fact]
    public void Compare_max_drop_exactly_at_the_limit_passes_despite_binary_rounding()
    {
        // 0.9 − 0.85 is 0.050000000000000044 in binary.
        var outcome = Assert.Single(Compare(Run(Row(Auroc, 0.85)), Run(Row(Auroc, 0.9)), Gate(Auroc, maxDrop: 0.05)).Gates);

        Assert.Equal(GateStatus.Pass, outcome.Status);
    }

    [Theory]
    [InlineData(1.09, GateStatus.Pass)]
    [InlineData(1.1, GateStatus.Pass)]
    [InlineData(1.11, GateStatus.Fail)]
    [InlineData(0.5, GateStatus.Pass)]
    public void Compare_relative_max_increase_divides_by_the_baseline(double current, GateStatus expected)
    {
        var outcome = Assert.Single(Compare(Run(Row(Time, current)), Run(Row(Time, 1.0)), Gate(Time, maxIncrease: 0.1, relative: true)).Gates);

        Assert.Equal((expected, GateCheck.MaxIncrease), (outcome.Status, outcome.Check));
        Assert.Equal(expected == GateStatus.Fail ? "SIG003" : null, outcome.Code);
    }

    [Fact]
    public void Compare_timing_needs_the_relative_threshold_even_under_an_absolute_max_increase()
    {
        // Semantics changed with the statistical gate: an absolute time limit (0.1 s) no longer fails a +5% change on
        // its own, because a timing regression also needs the ratio of medians over the relative threshold (10%).
        var baseline = Run(Row(Time, 10.0));

        var relative = Assert.Single(Compare(Run(Row(Time, 10.5)), baseline, Gate(Time, maxIncrease: 0.1, relative: true)).Gates);
        var small = Assert.Single(Compare(Run(Row(Time, 10.5)), baseline, Gate(Time, maxIncrease: 0.1)).Gates);
        var large = Assert.Single(Compare(Run(Row(Time, 11.5)), baseline, Gate(Time, maxIncrease: 0.1)).Gates);

        Assert.Equal(GateStatus.Pass, relative.Status);
        Assert.Equal("time.median changed by +5% (medians 10 s → 10.5 s over 6 and 6 iterations): within max-increase 10%", relative.Message);
        Assert.Equal(GateStatus.Pass, small.Status);
        Assert.Contains("within the 10% relative threshold (max-increase 0.1 s)", small.Message, StringComparison.Ordinal);
        Assert.Equal((GateStatus.Fail, "SIG003"), (large.Status, large.Code));
        Assert.StartsWith("time.median increased by 15% (medians 10 s → 11.5 s over 6 and 6 iterations), more than max-increase 0.1 s", large.Message, StringComparison.Ordinal);
        Assert.NotNull(large.PValue);
        Assert.Equal((6, 6), (large.CurrentSamples, large.BaselineSamples));
    }

    [Fact]
    public void Compare_relative_increase_uses_the_absolute_baseline_for_negative_values()
    {
        // -2 → -1 is an increase of 1, i.e. 50% of |−2|.
        var outcome = Assert.Single(Compare(Run(Row("score", -1)), Run(Row("score", -2)), Gate("score", maxIncrease: 0.4, relative: true)).Gates);

        Assert.Equal(GateStatus.Fail, outcome.Status);
        Assert.Contains("50%", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_relative_increase_from_a_zero_baseline_is_inconclusive()
    {
        var outcome = Assert.Single(Compare(Run(Row(Time, 0.5)), Run(Row(Time, 0)), Gate(Time, maxIncrease: 0.1, relative: true)).Gates);

        Assert.Equal(("SIG004", GateStatus.Inconclusive), (outcome.Code, outcome.Status));
    }

    [Fact]
    public void Compare_filters_rows_by_estimator_model_and_dataset()
    {
        var current = Run(
            Row(Auroc, 0.9, estimator: "knn-shapley"),
            Row(Auroc, 0.5, estimator: "loo"),
            Row(Auroc, 0.4, estimator: "knn-shapley", model: "logreg"),
            Row(Auroc, 0.3, estimator: "knn-shapley", dataset: "tabular"),
            Row("removal.auc", 0.1, estimator: "knn-shapley"));

        var byEstimator = Compare(current, Run(), Gate(Auroc, estimator: "knn-shapley", min: 0.8)).Gates;
        var byAll = Compare(current, Run(), Gate(Auroc, estimator: "knn-shapley", model: "knn", dataset: "clicks", min: 0.8)).Gates;
        var unfiltered = Compare(current, Run(), Gate(Auroc, min: 0.8)).Gates;

        Assert.Equal(
            [("clicks", "knn", "knn-shapley", 0.9), ("clicks", "logreg", "knn-shapley", 0.4), ("tabular", "knn", "knn-shapley", 0.3)],
            byEstimator.Select(o => (o.Dataset!, o.Model!, o.Estimator!, o.Current!.Value)));
        var only = Assert.Single(byAll);
        Assert.Equal((0.9, GateStatus.Pass, "fake-clicks(0.1)"), (only.Current, only.Status, only.Corruption));
        Assert.Equal(4, unfiltered.Count);
        Assert.DoesNotContain(unfiltered, o => o.Metric != Auroc);
    }

    [Fact]
    public void Compare_gate_selecting_no_row_is_inconclusive_for_every_check()
    {
        var report = Compare(Run(Row(Auroc, 0.9)), Run(Row(Auroc, 0.9)), Gate(Auroc, estimator: "tmc-shapley", min: 0.5, maxDrop: 0.1, line: 14));

        Assert.Equal([GateCheck.Min, GateCheck.MaxDrop], report.Gates.Select(o => o.Check));
        Assert.All(report.Gates, o =>
        {
            Assert.Equal(("SIG004", GateStatus.Inconclusive), (o.Code, o.Status));
            Assert.Equal(("tmc-shapley", null, null, null), (o.Estimator, o.Model, o.Dataset, o.Corruption));
            Assert.Null(o.Current);
            Assert.Null(o.Baseline);
            Assert.Equal((SuiteFile, 14, 5), (o.File, o.Line, o.Column));
            Assert.Contains("estimator=tmc-shapley", o.Message, StringComparison.Ordinal);
        });
        Assert.False(report.Passed);
    }

    [Fact]
    public void Compare_row_missing_in_baseline_is_inconclusive_for_baseline_checks_only()
    {
        var report = Compare(Run(Row(Auroc, 0.9)), Run(Row(Auroc, 0.9, corruption: "label-flip(0.2)")), Gate(Auroc, min: 0.8, maxDrop: 0.05, maxIncrease: 0.5));

        Assert.Equal(
            [(GateCheck.Min, GateStatus.Pass), (GateCheck.MaxDrop, GateStatus.Inconclusive), (GateCheck.MaxIncrease, GateStatus.Inconclusive)],
            report.Gates.Select(o => (o.Check, o.Status)));
        Assert.Equal(0.9, report.Gates[1].Current);
        Assert.Null(report.Gates[1].Baseline);
        Assert.Contains("clicks/fake-clicks(0.1)/knn/knn-shapley", report.Gates[1].Message, StringComparison.Ordinal);
        Assert.False(report.Passed);
    }

    [Fact]
    public void Compare_passes_only_when_there_are_outcomes_and_all_pass()
    {
        var current = Run(Row(Auroc, 0.9), Row(Time, 1.0));
        var baseline = Run(Row(Auroc, 0.91), Row(Time, 1.0));

        Assert.True(Compare(current, baseline, Gate(Auroc, min: 0.85, maxDrop: 0.02), Gate(Time, maxIncrease: 0.1, relative: true)).Passed);
        Assert.False(Compare(current, baseline, Gate(Auroc, min: 0.85), Gate(Time, max: 0.5)).Passed);
        Assert.False(Compare(current, baseline).Passed);
        Assert.False(Compare(current, baseline, Gate(Auroc)).Passed);
        Assert.Empty(Compare(current, baseline, Gate(Auroc)).Gates);
    }

    [Fact]
    public void Compare_incomplete_current_run_turns_passes_inconclusive_and_keeps_failures()
    {
        var current = Run(false, Row(Auroc, 0.9));

        var report = Compare(current, Run(Row(Auroc, 0.9)), Gate(Auroc, min: 0.85, max: 0.8));

        Assert.Equal([(GateStatus.Inconclusive, "SIG004"), (GateStatus.Fail, "SIG001")], report.Gates.Select(o => (o.Status, o.Code!)));
        Assert.All(report.Gates, o => Assert.Contains("current run is incomplete", o.Message, StringComparison.Ordinal));
        Assert.False(report.Passed);
    }

    [Fact]
    public void Compare_orders_outcomes_by_gate_then_row_then_check()
    {
        var current = Run(Row(Auroc, 0.9, estimator: "loo"), Row(Auroc, 0.8, estimator: "knn"), Row(Time, 1));
        var baseline = Run(Row(Auroc, 0.9, estimator: "loo"), Row(Auroc, 0.8, estimator: "knn"), Row(Time, 1));

        var report = Compare(current, baseline, Gate(Time, max: 2), Gate(Auroc, maxDrop: 0.1, min: 0.5));

        Assert.Equal(
            [(Time, "knn-shapley", GateCheck.Max), (Auroc, "knn", GateCheck.Min), (Auroc, "knn", GateCheck.MaxDrop), (Auroc, "loo", GateCheck.Min), (Auroc, "loo", GateCheck.MaxDrop)],
            report.Gates.Select(o => (o.Metric, o.Estimator!, o.Check)));
    }

    [Fact]
    public void Compare_fills_the_report_header()
    {
        var current = Run(Row(Auroc, 0.9));

        var report = Compare(current, current, Gate(Auroc, min: 0.5));

        Assert.Equal(("sampleimportance/regression", 1), (report.Schema, report.SchemaVersion));
        Assert.Equal(new RegressionSuite("quickstart", "/abs/path/suite.yaml"), report.Suite);
        Assert.Equal(("/abs/out/run.json", "/abs/baseline/run.json"), (report.Run, report.Baseline));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero), report.GeneratedAt);
    }
}
