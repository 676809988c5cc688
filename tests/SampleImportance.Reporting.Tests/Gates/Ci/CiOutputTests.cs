using System.Xml.Linq;
using SampleImportance.Reporting.Gates;
using SampleImportance.Reporting.Gates.Ci;
using SampleImportance.Reporting.Gates.Suppressions;
using SampleImportance.Reporting.Tests.Reports;
using static SampleImportance.Reporting.Tests.Gates.GateRuns;

namespace SampleImportance.Reporting.Tests.Gates.Ci;

public sealed class CiOutputTests : IDisposable
{
    private const string Auroc = "noisy-detection.auroc";
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>One pass, one fail (line 12), one inconclusive (line 14), one suppressed (line 15), one expired-suppression warning.</summary>
    private static RegressionReport Mixed()
    {
        var current = Run(Row(Auroc, 0.71), Row(Auroc, 0.9, estimator: "loo"), Row("removal.auc", 0.4, estimator: "loo"));
        var baseline = Run(Row(Auroc, 0.82), Row("removal.auc", 0.6, estimator: "loo"));
        var report = Compare(current, baseline,
            Gate(Auroc, estimator: "knn-shapley", min: 0.5, maxDrop: 0.05, line: 12),
            Gate(Auroc, estimator: "loo", maxDrop: 0.05, line: 14),
            Gate("removal.auc", estimator: "loo", maxDrop: 0.1, line: 15));
        Suppression[] entries =
        [
            new("clicks/*/knn/loo", "removal.auc", "accepted", null, null, "/abs/s.json", 3),
            new("*/*/*/*", "other", "old", new DateOnly(2020, 1, 1), null, "/abs/s.json", 9),
        ];
        return SuppressionApplier.Apply(report, entries, TimeProvider.System);
    }

    [Fact]
    public void JUnit_has_a_test_case_per_check_and_failures_for_regressions_and_inconclusives()
    {
        var path = temp.File("gate.junit.xml");
        JUnitXml.Write(path, Mixed(), GateFailurePolicy.Default);

        var root = XDocument.Load(path).Root!;
        var suite = Assert.Single(root.Elements("testsuite"));
        var cases = suite.Elements("testcase").ToList();

        Assert.Equal(("4", "2", "1"), ((string)root.Attribute("tests")!, (string)root.Attribute("failures")!, (string)root.Attribute("skipped")!));
        Assert.Equal(4, cases.Count);
        Assert.Equal(["SIG002", "SIG004"], cases.Select(c => c.Element("failure")).OfType<XElement>().Select(f => (string)f.Attribute("type")!));
        Assert.Equal("max-drop clicks/fake-clicks(0.1)/knn/knn-shapley", (string)cases[1].Attribute("name")!);
        Assert.Equal("quickstart.noisy-detection.auroc", (string)cases[1].Attribute("classname")!);
        Assert.Contains("SIG006", (string)cases[3].Element("skipped")!.Attribute("message")!, StringComparison.Ordinal);
        Assert.Contains("SIG007", (string)suite.Element("system-out")!, StringComparison.Ordinal);
    }

    [Fact]
    public void JUnit_under_fail_on_regression_skips_inconclusives()
    {
        var root = JUnitXml.Create(Mixed(), GateFailurePolicy.Parse("regression")).Root!;

        Assert.Equal(("1", "2"), ((string)root.Attribute("failures")!, (string)root.Attribute("skipped")!));
    }

    [Fact]
    public void GitHub_actions_annotations_point_at_the_suite_line()
    {
        var env = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" };

        var lines = CiAnnotations.Lines(Mixed(), GateFailurePolicy.Default, env.GetValueOrDefault);

        Assert.Equal(4, lines.Count);
        Assert.StartsWith("::error file=/abs/path/suite.yaml,line=12,title=SIG002::noisy-detection.auroc dropped by 0.11", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::error file=/abs/path/suite.yaml,line=14,title=SIG004::", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("::warning file=/abs/path/suite.yaml,line=15,title=SIG006::", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("::warning file=/abs/s.json,line=9,title=SIG007::", lines[3], StringComparison.Ordinal);
        Assert.Contains("95%25 interval", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_pipelines_annotations_use_logissue()
    {
        var env = new Dictionary<string, string?> { ["TF_BUILD"] = "True" };

        var lines = CiAnnotations.Lines(Mixed(), GateFailurePolicy.Parse("regression"), env.GetValueOrDefault);

        Assert.StartsWith("##vso[task.logissue type=error;sourcepath=/abs/path/suite.yaml;linenumber=12;code=SIG002]noisy-detection.auroc dropped", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("##vso[task.logissue type=warning;sourcepath=/abs/path/suite.yaml;linenumber=14;code=SIG004]", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("; ", StringComparison.Ordinal) && l.Contains("code=SIG002]", StringComparison.Ordinal) && l.IndexOf(';', l.IndexOf(']', StringComparison.Ordinal)) >= 0);
    }

    [Fact]
    public void Outside_ci_there_are_no_annotations()
    {
        Assert.Empty(CiAnnotations.Lines(Mixed(), GateFailurePolicy.Default, _ => null));
    }

    [Fact]
    public void Step_summary_is_appended_not_replaced()
    {
        var path = temp.File("summary.md");
        File.WriteAllText(path, "# Earlier step\n");
        var env = new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = path };

        Assert.Equal(path, StepSummary.Append(Mixed(), env.GetValueOrDefault));
        Assert.Null(StepSummary.Append(Mixed(), _ => null));

        var text = File.ReadAllText(path);
        Assert.StartsWith("# Earlier step\n# Regression report: quickstart", text, StringComparison.Ordinal);
        Assert.Contains("🔕 suppressed", text, StringComparison.Ordinal);
        Assert.Contains("SIG007", text, StringComparison.Ordinal);
    }
}
