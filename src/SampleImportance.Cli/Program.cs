using System.CommandLine;
using SampleImportance.Cli;
using SampleImportance.Cli.Commands;
using Spectre.Console;

// Logs and CI get plain text: no escape codes when output is redirected or NO_COLOR is set.
if (Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
{
    AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
}

// The `sampleimportance` tool. Exit codes: 0 ok, 1 regression, 2 bad input, 3 some cells failed.
var root = new RootCommand("SampleImportance: which training samples help or hurt your model, and which estimator to trust.")
{
    RunCommand.Create(),
    ScoreCommand.Create(),
    ValidateCommand.Create(),
    PluginsCommand.Create(),
    CompareCommand.Create(),
};

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

return await parsed.InvokeAsync();
