using System.Text;
using SampleImportance.Build.Tests.Support;

namespace SampleImportance.Build.Tests.Reports;

/// <summary>Fail closed on the report file itself: missing (SIG010), empty (SIG011), unreadable or not JSON (SIG012).</summary>
public sealed class ReportFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Missing_report_file_is_SIG010()
    {
        var path = _directory.Combine("nowhere.json");

        var run = GateRun.Execute(path);

        Assert.False(run.Result);
        var error = run.SingleError("SIG010");
        Assert.Equal(path, error.File);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_Report_property_is_SIG010(string report)
    {
        var run = GateRun.Execute(report);

        Assert.False(run.Result);
        Assert.Equal(["SIG010"], run.Codes);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    [InlineData("\uFEFF")]
    public void Empty_or_blank_report_is_SIG011(string content)
    {
        var run = GateRun.OnText(_directory, content);

        Assert.False(run.Result);
        Assert.Equal(["SIG011"], run.Codes);
    }

    [Fact]
    public void Truncated_report_is_SIG012_pointing_into_the_report()
    {
        var full = ReportJson.Passing().ToJsonString();
        var run = GateRun.OnText(_directory, full[..(full.Length / 2)]);

        Assert.False(run.Result);
        var error = run.SingleError("SIG012");
        Assert.Equal(_directory.Combine("regression.json"), error.File);
        Assert.True(error.LineNumber >= 1);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("passed: true")]
    [InlineData("{\"schema\": 'sampleimportance/regression'}")]
    [InlineData("{\"schema\": \"sampleimportance/regression\",}")]
    [InlineData("{} {}")]
    [InlineData("// comment\n{}")]
    public void Text_that_is_not_strict_JSON_is_SIG012(string content)
    {
        var run = GateRun.OnText(_directory, content);

        Assert.Equal(["SIG012"], run.Codes);
    }

    [Fact]
    public void Duplicate_fields_are_refused_as_SIG012_rather_than_picking_one()
    {
        var json = ReportJson.Failing().ToJsonString();
        var duplicated = json.Replace("\"passed\":false", "\"passed\":false,\"passed\":true", StringComparison.Ordinal);
        Assert.NotEqual(json, duplicated);

        var run = GateRun.OnText(_directory, duplicated);

        Assert.Equal(["SIG012"], run.Codes);
    }

    [Fact]
    public void Invalid_UTF8_is_SIG012()
    {
        var path = _directory.Combine("regression.json");
        File.WriteAllBytes(path, [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);

        var run = GateRun.Execute(path);

        Assert.Equal(["SIG012"], run.Codes);
    }

    [Fact]
    public void Report_path_that_is_a_directory_is_SIG012()
    {
        var run = GateRun.Execute(_directory.Path);

        Assert.False(run.Result);
        Assert.Equal(["SIG012"], run.Codes);
    }

    [Fact]
    public void Report_with_byte_order_mark_is_read()
    {
        var path = _directory.Combine("regression.json");
        File.WriteAllText(path, ReportJson.Passing().ToJsonString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var run = GateRun.Execute(path);

        Assert.True(run.Result);
        Assert.Empty(run.Errors);
    }

    [Fact]
    public void Relative_report_path_is_read_from_the_current_directory()
    {
        // MSBuild passes a full path; a direct caller may not, and then the working directory decides.
        _directory.Write("regression.json", ReportJson.Failing().ToJsonString());
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _directory.Combine("regression.json"));

        var run = GateRun.Execute(relative);

        Assert.Equal(["SIG002"], run.Codes);
    }
}
