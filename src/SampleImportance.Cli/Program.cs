using System.CommandLine;
using SampleImportance.Cli;
using SampleImportance.Cli.Commands;
using SampleImportance.Cli.Output;
using Spectre.Console;

// Logs and CI get plain text: no escape codes when output is redirected or NO_COLOR is set.
if (Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
{
    AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
}

// The `sampleimportance` tool. Exit codes (ExitCodes): 0 ok, 1 regression, 2 bad input, 3 some cells failed or the
// reports could not be written, 4 internal error.
var root = new RootCommand("SampleImportance: which training samples help or hurt your model, and which estimator to trust.")
{
    RunCommand.Create(),
    ScoreCommand.Create(),
    ValidateCommand.Create(),
    PluginsCommand.Create(),
    CompareCommand.Create(),
};
root.Options.Add(GlobalOptions.Verbose);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }

    Console.Error.WriteLine("Fix: see `sampleimportance --help` or `sampleimportance <command> --help`.");
    return ExitCodes.BadInput;
}

try
{
    // The end-to-end tests' only way to see how an internal error is reported (a bug has no reliable trigger); nothing
    // else sets this variable.
    if (Environment.GetEnvironmentVariable("SAMPLEIMPORTANCE_TEST_INTERNAL_ERROR") is { Length: > 0 } injected)
    {
        throw new InvalidOperationException(injected);
    }

    // System.CommandLine's own handler would print the whole exception in red and exit 1, which means "a gate failed".
    // Ctrl+C / SIGTERM cancel the command's token; the default 2 s termination timeout would then end the process
    // with 130 while a stopped run is still writing its reports, so wait for the command to finish, however long.
    return await parsed.InvokeAsync(new InvocationConfiguration
    {
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = Timeout.InfiniteTimeSpan,
    });
}
catch (Exception ex)
{
    return InternalErrorPrinter.Print(ex, parsed.GetValue(GlobalOptions.Verbose));
}
