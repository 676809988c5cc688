using SampleImportance.Reporting.Gates;
using SampleImportance.Reporting.Tests.Reports;
using static SampleImportance.Reporting.Tests.Gates.GateRuns;

namespace SampleImportance.Reporting.Tests.Gates;

public class RegressionMarkdownTests
{
    private const string Auroc = "noisy-detection.auroc";
    private const string Time = "time.median";

    [Fact]
    public void Render_failed_report_matches_snapshot()
    {
        var current = Run(Row(Auroc, 0.71), Row(Auroc, 0.9, estimator: "loo"), Row(Time, 1.32), Row(Time, 0.004, estimator: "loo"));
        var baseline = Run(Row(Auroc, 0.82), Row(Time, 1.2), Row(Time, 0.004, estimator: "loo"));

        var report = Compare(current, baseline,
            Gate(Auroc, min: 0.7, maxDrop: 0.05, line: 12),
            Gate(Time, maxIncrease: 0.1, relative: true, line: 13),
            Gate("removal.auc", estimator: "tmc|shapley", min: 0.5, line: 14));

        Snapshot.Match(RegressionMarkdown.Render(report), "regression-failed");
    }

    [Fact]
    public void Render_passed_report_matches_snapshot()
    {
        var run = Run(Row(Auroc, 0.9), Row(Time, 0.5));

        var report = Compare(run, run, Gate(Auroc, min: 0.85, maxDrop: 0.02), Gate(Time, maxIncrease: 0.25, line: 13));

        Snapshot.Match(RegressionMarkdown.Render(report), "regression-passed");
    }

    [Fact]
    public void Render_inconclusive_report_is_not_a_pass()
    {
        var report = Compare(Run(Row(Auroc, 0.9)), Run(), Gate(Auroc, maxDrop: 0.02));

        var text = RegressionMarkdown.Render(report);

        Assert.Contains("**INCONCLUSIVE** (treated as a failure): 0 of 1 gate checks failed, 1 inconclusive, 0 passed.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_without_outcomes_fails_and_says_why()
    {
        var text = RegressionMarkdown.Render(Compare(Run(), Run()));

        Assert.Contains("**FAILED**: nothing was checked", text, StringComparison.Ordinal);
        Assert.DoesNotContain("| Status |", text, StringComparison.Ordinal);
    }
}
