using SampleImportance.Build.Tests.Support;

namespace SampleImportance.Build.Tests.Evaluation;

/// <summary>Where a gate's error points when the report entry does not name its suite file.</summary>
public sealed class GateLocationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Gate_without_file_points_at_the_SuiteFile_parameter()
    {
        var report = ReportJson.Report(false, ReportJson.Gate(status: "fail", file: null, line: 7, column: 9));

        var run = GateRun.OnJson(_directory, report, suiteFile: "/ci/override.yaml");

        var error = run.SingleError("SIG001");
        Assert.Equal("/ci/override.yaml", error.File);
        Assert.Equal(7, error.LineNumber);
        Assert.Equal(9, error.ColumnNumber);
    }

    [Fact]
    public void Gate_file_wins_over_the_SuiteFile_parameter()
    {
        var run = GateRun.OnJson(_directory, ReportJson.Failing(), suiteFile: "/ci/override.yaml");

        Assert.Equal(ReportJson.SuiteFile, run.SingleError("SIG002").File);
    }

    [Fact]
    public void Gate_without_file_and_no_parameter_points_at_the_report_suite()
    {
        var report = ReportJson.Report(false, ReportJson.Gate(status: "fail", file: null));

        var run = GateRun.OnJson(_directory, report);

        Assert.Equal(ReportJson.SuiteFile, run.SingleError("SIG001").File);
    }

    [Fact]
    public void Gate_with_no_file_anywhere_points_at_the_report()
    {
        var report = ReportJson.Report(false, ReportJson.Gate(status: "fail", file: null));
        report.Remove("suite");

        var run = GateRun.OnJson(_directory, report);

        Assert.Equal(_directory.Combine("regression.json"), run.SingleError("SIG001").File);
    }

    [Fact]
    public void Relative_gate_file_is_resolved_from_the_report_directory()
    {
        var report = ReportJson.Report(false, ReportJson.Gate(status: "fail", file: "suites/quick.yaml"));

        var run = GateRun.OnJson(_directory, report);

        Assert.Equal(Path.Combine(_directory.Path, "suites", "quick.yaml"), run.SingleError("SIG001").File);
    }

    [Fact]
    public void Embedded_suite_names_are_kept_as_they_are()
    {
        var report = ReportJson.Report(false, ReportJson.Gate(status: "fail", file: "embedded:quickstart.yaml"));

        var run = GateRun.OnJson(_directory, report);

        Assert.Equal("embedded:quickstart.yaml", run.SingleError("SIG001").File);
    }
}
