namespace SampleImportance.Packages.Tests.Support;

/// <summary>Exit code and the interleaved stdout and stderr of one child process.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"{Command}{Environment.NewLine}exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s{Environment.NewLine}{Output}";
}
