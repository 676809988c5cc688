using System.CommandLine;

namespace SampleImportance.Cli.Commands;

/// <summary>Options of the root command that every subcommand accepts (one instance each, so any action can read them).</summary>
internal static class GlobalOptions
{
    /// <summary><c>--verbose</c>: print the stack trace of an internal error (without it, one line names the error).</summary>
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show the stack trace when sampleimportance fails with an internal error (exit code 4).",
        Recursive = true,
    };
}
