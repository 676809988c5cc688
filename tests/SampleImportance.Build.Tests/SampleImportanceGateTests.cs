using Microsoft.Build.Framework;
using SampleImportance.Build.Tests.Support;

namespace SampleImportance.Build.Tests;

/// <summary>Verdicts on well-formed reports: one coded error per gate that did not pass, at the suite line.</summary>
public sealed class SampleImportanceGateTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Execute_all_gates_pass_succeeds_without_errors()
    {
        var run = GateRun.OnJson(_directory, ReportJson.Passing());

        Assert.True(run.Result);
        Assert.Empty(run.Errors);
        Assert.Equal(0, run.Task.FailedGates);
        Assert.Equal(2, run.MessagesOf(MessageImportance.Low).Count(m => m.StartsWith("Gate ", StringComparison.Ordinal)));
        Assert.Contains(run.MessagesOf(MessageImportance.High), m => m.Contains("gate passed for suite 'quickstart': all 2 gates passed", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_failed_max_drop_logs_SIG002_at_the_suite_line()
    {
        var run = GateRun.OnJson(_directory, ReportJson.Failing());

        Assert.False(run.Result);
        Assert.Equal(1, run.Task.FailedGates);
        var error = run.SingleError("SIG002");
        Assert.Single(run.Errors);
        Assert.Equal(ReportJson.SuiteFile, error.File);
        Assert.Equal(12, error.LineNumber);
        Assert.Equal(5, error.ColumnNumber);
        Assert.Contains("noisy-detection.auroc dropped by 0.11 (0.82 → 0.71), more than max-drop 0.05", error.Message, StringComparison.Ordinal);
        Assert.Contains("estimator knn-shapley, model knn, dataset clicks, corruption fake-clicks(0.1)", error.Message, StringComparison.Ordinal);
        Assert.Contains(run.MessagesOf(MessageImportance.High), m => m.Contains("1 of 2 gates did not pass", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("min", "SIG001")]
    [InlineData("max", "SIG001")]
    [InlineData("max-drop", "SIG002")]
    [InlineData("max-increase", "SIG003")]
    public void Execute_failed_gate_code_follows_its_check(string check, string code)
    {
        var run = GateRun.OnJson(_directory, ReportJson.Report(false, ReportJson.Gate(status: "fail", check: check)));

        Assert.False(run.Result);
        Assert.Equal([code], run.Codes);
    }

    [Theory]
    [InlineData("SIG999")]
    [InlineData("SIG001")]
    [InlineData(null)]
    public void Execute_derives_the_code_itself_whatever_the_report_claims(string? reportedCode)
    {
        var gate = ReportJson.FailingMaxDrop();
        gate["code"] = reportedCode;

        var run = GateRun.OnJson(_directory, ReportJson.Report(false, gate));

        Assert.Equal(["SIG002"], run.Codes);
    }

    [Fact]
    public void Execute_inconclusive_gate_is_SIG004_and_never_a_pass()
    {
        var run = GateRun.OnJson(_directory, ReportJson.Inconclusive());

        Assert.False(run.Result);
        Assert.Equal(1, run.Task.FailedGates);
        var error = run.SingleError("SIG004");
        Assert.Contains("no value in the baseline", error.Message, StringComparison.Ordinal);
        Assert.Equal(12, error.LineNumber);
    }

    [Fact]
    public void Execute_inconclusive_without_current_says_the_run_lacks_it()
    {
        var report = ReportJson.Report(false, ReportJson.Gate(status: "inconclusive", check: "min", current: null));

        var run = GateRun.OnJson(_directory, report);

        Assert.Contains("no current value in the run", run.SingleError("SIG004").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_logs_one_error_per_gate_that_did_not_pass()
    {
        var report = ReportJson.Report(
            false,
            ReportJson.Gate(),
            ReportJson.FailingMaxDrop(),
            ReportJson.Gate(status: "fail", check: "max-increase", metric: "time.median", line: 20, column: 3),
            ReportJson.Gate(status: "inconclusive", current: null, line: 30));

        var run = GateRun.OnJson(_directory, report);

        Assert.False(run.Result);
        Assert.Equal(3, run.Task.FailedGates);
        Assert.Equal(["SIG002", "SIG003", "SIG004"], run.Codes);
        Assert.Equal([12, 20, 30], run.Errors.Select(e => e.LineNumber));
    }

    [Fact]
    public void Execute_message_without_report_text_states_the_numbers()
    {
        var report = ReportJson.Report(false, ReportJson.Gate(status: "fail", check: "min", current: 0.5, baseline: null, limit: 0.85));

        var run = GateRun.OnJson(_directory, report);

        Assert.Contains("current 0.5, min 0.85", run.SingleError("SIG001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_report_text_with_braces_is_logged_verbatim()
    {
        var report = ReportJson.Report(false, ReportJson.Gate(status: "fail", message: "value {0} fell {below}"));

        var run = GateRun.OnJson(_directory, report);

        Assert.Contains("value {0} fell {below}", run.SingleError("SIG001").Message, StringComparison.Ordinal);
    }
}
