using System.Globalization;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Validate;

/// <summary>A suite nested absurdly deep is bad input (exit 2, file(line,col)), never a stack overflow.</summary>
public sealed class DeepYamlTests
{
    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    public async Task Deeply_nested_suite_exits_2_with_the_file_and_line(string command)
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", "name: deep\nseeds: [1]\nmodels:\n  - " + new string('[', 50_000) + "\n");

        var result = await CliProcess.RunAsync(work.Path, command, suite);

        result.AssertExitCode(2);
        var location = string.Create(CultureInfo.InvariantCulture, $"{suite}(4,");
        Assert.True(result.Stderr.Contains(location, StringComparison.Ordinal), $"stderr should contain '{location}'; {result}");
        Assert.Contains("more than 64 levels", result.Stderr, StringComparison.Ordinal);
    }
}
