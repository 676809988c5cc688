using SampleImportance.Build.Tests.Support;

namespace SampleImportance.Build.Tests.Suppressions;

/// <summary>
/// The task judging a report by an accepted-regressions file (SampleImportanceSuppressions on an existing report):
/// an unexpired matching entry turns a regression into a SIG006 warning, an expired one is SIG007 and suppresses
/// nothing, and the file, when given, decides alone.
/// </summary>
public sealed class SuppressionsGateTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Active_entry_turns_the_regression_into_a_SIG006_warning_at_the_gate_line()
    {
        var run = Gate(ReportJson.Failing(), SuppressionsJson.One());

        Assert.True(run.Result);
        Assert.Empty(run.Errors);
        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("SIG006", warning.Code);
        Assert.Equal(ReportJson.SuiteFile, warning.File);
        Assert.Equal(12, warning.LineNumber);
        Assert.Contains("k raised on purpose, see #12", warning.Message, StringComparison.Ordinal);
        Assert.Contains(_directory.Combine("accepted.json") + ":3", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, run.Task.FailedGates);
    }

    [Fact]
    public void Expired_entry_suppresses_nothing_and_is_a_SIG007_warning_at_its_line()
    {
        var run = Gate(ReportJson.Failing(), SuppressionsJson.One(expires: SuppressionsJson.Expired));

        Assert.False(run.Result);
        Assert.Equal(["SIG002"], run.Codes);
        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("SIG007", warning.Code);
        Assert.Equal(_directory.Combine("accepted.json"), warning.File);
        Assert.Equal(3, warning.LineNumber);
        Assert.Contains("expired on 2001-01-31", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("other/*/knn/knn-shapley", null)]
    [InlineData("*/*/*/knn-shapley", "min")]
    public void Entry_for_another_row_or_check_leaves_the_regression_failing(string cell, string? check)
    {
        var run = Gate(ReportJson.Failing(), SuppressionsJson.One(cell: cell, check: check));

        Assert.False(run.Result);
        Assert.Equal(["SIG002"], run.Codes);
        Assert.Empty(run.Engine.Warnings);
    }

    [Fact]
    public void Entry_without_expiry_and_with_wildcards_covers_an_inconclusive_gate()
    {
        var run = Gate(ReportJson.Inconclusive(), SuppressionsJson.One(expires: null, cell: "*/*/*/*", check: "max-drop"));

        Assert.True(run.Result);
        Assert.Equal(["SIG006"], run.WarningCodes);
    }

    [Fact]
    public void Gate_the_report_calls_suppressed_fails_when_the_file_no_longer_covers_it()
    {
        var suppressed = ReportJson.FailingMaxDrop();
        suppressed["status"] = "suppressed";
        var report = ReportJson.Report(true, ReportJson.Gate(), suppressed);

        var trusted = Gate(report, suppressions: null);
        var expired = Gate(report, SuppressionsJson.One(expires: SuppressionsJson.Expired));

        Assert.True(trusted.Result);
        Assert.Equal(["SIG006"], trusted.WarningCodes);
        Assert.False(expired.Result);
        Assert.Equal(["SIG002"], expired.Codes);
        Assert.Contains("no unexpired entry of SampleImportanceSuppressions covers it", expired.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(["SIG007"], expired.WarningCodes);
    }

    [Fact]
    public void Report_warnings_are_logged_as_warnings_once_even_when_the_task_finds_the_same_expiry()
    {
        var file = _directory.Write("accepted.json", SuppressionsJson.One(expires: SuppressionsJson.Expired));
        var report = ReportJson.Failing();
        report["warnings"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["code"] = "SIG007",
            ["message"] = "The suppression expired.",
            ["file"] = file,
            ["line"] = 3,
        });

        var reportOnly = GateRun.OnJson(_directory, report);
        var both = GateRun.Execute(_directory.Combine("regression.json"), suppressions: file);

        Assert.Equal(["SIG007"], reportOnly.WarningCodes);
        Assert.Equal(3, reportOnly.Engine.Warnings[0].LineNumber);
        Assert.Equal(["SIG002"], reportOnly.Codes);
        Assert.Equal(["SIG007"], both.WarningCodes);
        Assert.Equal(["SIG002"], both.Codes);
    }

    [Theory]
    [InlineData("{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\" } ] }", 1, "no \"reason\"")]
    [InlineData("{ \"suppressions\": [\n  { \"cell\": \"a/b/c\", \"metric\": \"m\", \"reason\": \"r\" } ] }", 2, "write dataset/corruption/model/estimator")]
    [InlineData("{ \"suppressions\": [\n\n  { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\", \"expires\": \"31.01.2027\" } ] }", 3, "not a date")]
    [InlineData("{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\", \"check\": \"drop\" } ] }", 1, "\"check\" is \"drop\"")]
    [InlineData("{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\", \"until\": \"x\" } ] }", 1, "unknown field \"until\"")]
    [InlineData("{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"\" } ] }", 1, "non-empty string")]
    [InlineData("{ \"accepted\": [] }", 1, "unexpected root property")]
    [InlineData("[]", 1, "not an object")]
    [InlineData("{ \"suppressions\": [\n  { \"cell\": \"a/b/c/d\",", 2, "not valid JSON")]
    public void Invalid_file_fails_with_SIG008_at_its_line_whatever_the_report_says(string content, int line, string expected)
    {
        var run = Gate(ReportJson.Passing(), content);

        Assert.False(run.Result);
        var error = run.SingleError("SIG008");
        Assert.Single(run.Errors);
        Assert.Equal(_directory.Combine("accepted.json"), error.File);
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_fails_with_SIG008()
    {
        var run = GateRun.Execute(_directory.Write("regression.json", ReportJson.Passing().ToJsonString()), suppressions: _directory.Combine("absent.json"));

        Assert.False(run.Result);
        Assert.Equal(["SIG008"], run.Codes);
    }

    private GateRun Gate(System.Text.Json.Nodes.JsonObject report, string? suppressions)
    {
        var file = suppressions is null ? null : _directory.Write("accepted.json", suppressions);
        return GateRun.Execute(_directory.Write("regression.json", report.ToJsonString()), suppressions: file);
    }
}
