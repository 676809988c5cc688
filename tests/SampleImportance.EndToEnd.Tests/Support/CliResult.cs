using System.Globalization;

namespace SampleImportance.EndToEnd.Tests.Support;

/// <summary>How one <c>sampleimportance</c> process ended.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    /// <summary>Fails with the whole output when the exit code differs: a bare "expected 0, got 3" explains nothing.</summary>
    public CliResult AssertExitCode(int expected)
    {
        Assert.True(ExitCode == expected, string.Create(CultureInfo.InvariantCulture, $"Expected exit code {expected}; {this}"));
        return this;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s{Environment.NewLine}--- stdout ---{Environment.NewLine}{Stdout}--- stderr ---{Environment.NewLine}{Stderr}");
}
