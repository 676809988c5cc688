using SampleImportance.Suites;
using SampleImportance.Suites.Reading;
using SampleImportance.Validation;

namespace SampleImportance.Suites.Tests;

internal static class SuiteAssert
{
    public const string File = "embedded:test.yaml";

    public static SuiteLoadResult Load(string yaml, string? baseDirectory = null) =>
        SuiteLoader.LoadText(yaml, File, baseDirectory ?? Path.GetTempPath(), new FakePluginCatalog());

    public static SuitePlan Valid(string yaml, string? baseDirectory = null)
    {
        var result = Load(yaml, baseDirectory);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Plan!;
    }

    public static IReadOnlyList<ValidationError> Errors(SuiteLoadResult result) =>
        result.Problems.Where(p => p.Severity == ValidationSeverity.Error).ToList();

    /// <summary>The single error whose message contains <paramref name="fragment"/>, checked to be at <paramref name="line"/>.</summary>
    public static ValidationError ErrorAt(SuiteLoadResult result, int line, string fragment)
    {
        var matches = Errors(result).Where(e => e.Message.Contains(fragment, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"Expected one error containing '{fragment}', got {matches.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
        var match = matches[0];
        Assert.Equal(line, match.Location.Line);
        Assert.Equal(File, match.Location.File);
        return match;
    }
}
