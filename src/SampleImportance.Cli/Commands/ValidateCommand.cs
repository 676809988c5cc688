using System.CommandLine;
using SampleImportance.Cli.Output;
using SampleImportance.Cli.Plugins;
using SampleImportance.Suites.Reading;

namespace SampleImportance.Cli.Commands;

/// <summary><c>validate SUITE</c>: every problem at once, with file, line and column.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var suite = new Argument<string>("suite") { Description = "Suite YAML file." };
        var plugins = CommonOptions.Plugins();
        var command = new Command("validate", "Check a suite without running it.") { suite, plugins };
        command.SetAction(parse =>
        {
            using var catalog = CliPlugins.Load(parse.GetValue(plugins) ?? []);
            var load = SuiteLoader.LoadFile(parse.GetValue(suite)!, catalog);
            ErrorPrinter.Print(load.Problems);
            if (!load.Succeeded || load.Plan is null)
            {
                return ExitCodes.BadInput;
            }

            System.Console.WriteLine($"{load.Plan.File}: ok: suite '{load.Plan.Name}', {load.Plan.Cells.Count} cells, {load.Plan.Gates.Count} gates.");
            return ExitCodes.Success;
        });
        return command;
    }
}
