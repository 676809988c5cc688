using System.Globalization;
using SampleImportance.EndToEnd.Tests.Support;

namespace SampleImportance.EndToEnd.Tests.Validate;

/// <summary><c>validate</c>: ok for a good suite; every problem at once, each at its own file(line,col).</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task A_valid_suite_is_ok()
    {
        using var work = new TempDirectory();
        var suite = work.Write("suite.yaml", TinySuite.Text(["{ id: knn-shapley, plugin: knn-shapley }"]));

        var result = await CliProcess.RunAsync(work.Path, "validate", suite);

        result.AssertExitCode(0);
        Assert.Contains("ok", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_problems_on_three_lines_are_all_reported_at_their_values()
    {
        using var work = new TempDirectory();
        string[] lines =
        [
            "name: three-problems",
            "seeds: [1]",
            "datasets:",
            "  - { id: t, source: synthetic/tabular, params: { rows: 120 }, corruption: { kind: label-flip, rate: 0.1 } }",
            "models:",
            "  - { id: knn, plugin: knn, params: { k: 0 } }",
            "estimators:",
            "  - { id: knn-shapley, plugin: no-such-estimator }",
            "tasks: [noisy-detection]",
            "timing: { enabled: false, iterations: 0 }",
        ];
        var suite = work.Write("suite.yaml", string.Join('\n', lines) + "\n");

        var result = await CliProcess.RunAsync(work.Path, "validate", suite);

        result.AssertExitCode(2);
        foreach (var (line, value) in new[] { (6, "0 }"), (8, "no-such-estimator"), (10, "0 }") })
        {
            var column = lines[line - 1].IndexOf(value, StringComparison.Ordinal) + 1;
            var location = string.Create(CultureInfo.InvariantCulture, $"{suite}({line},{column}): error:");
            Assert.True(result.Stderr.Contains(location, StringComparison.Ordinal), $"stderr should contain '{location}'; {result}");
        }

        Assert.Equal(3, result.Stderr.Split('\n').Count(l => l.Contains(": error:", StringComparison.Ordinal)));
    }
}
