using System.CommandLine;
using SampleImportance.Cli.Output;
using SampleImportance.Cli.Plugins;
using SampleImportance.Engine.Results;
using SampleImportance.Reporting;
using SampleImportance.Reporting.Gates;
using SampleImportance.Reporting.Output;
using SampleImportance.Suites;
using SampleImportance.Suites.Reading;
using SampleImportance.Validation;

namespace SampleImportance.Cli.Commands;

/// <summary><c>compare RUN.json BASELINE.json [--suite SUITE] [--out DIR]</c> → regression.json + regression.md.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var run = new Argument<string>("run") { Description = "The current run.json." };
        var baseline = new Argument<string>("baseline") { Description = "The baseline run.json." };
        var suite = new Option<string?>("--suite") { Description = "Judge this suite's gates instead of the ones recorded in the run." };
        var output = new Option<string?>("--out") { Description = "Directory for regression.json and regression.md (default: the run's directory)." };
        var plugins = CommonOptions.Plugins();
        var command = new Command("compare", "Judge a run against a baseline with the suite's gates.") { run, baseline, suite, output, plugins };
        command.SetAction(parse =>
        {
            var runPath = Path.GetFullPath(parse.GetValue(run)!);
            var baselinePath = Path.GetFullPath(parse.GetValue(baseline)!);
            RunResult current;
            RunResult previous;
            IReadOnlyList<GateDefinition> gates;
            try
            {
                current = RunJson.Read(runPath);
                previous = RunJson.Read(baselinePath);
                gates = current.Suite.Gates;
                if (parse.GetValue(suite) is { } suitePath)
                {
                    using var catalog = CliPlugins.Load(parse.GetValue(plugins) ?? []);
                    var load = SuiteLoader.LoadFile(suitePath, catalog);
                    if (!load.Succeeded || load.Plan is null)
                    {
                        throw new InputException(load.Problems);
                    }

                    gates = load.Plan.Gates;
                }
            }
            catch (InputException ex)
            {
                ErrorPrinter.Print(ex.Errors);
                return ExitCodes.BadInput;
            }

            var report = RegressionComparer.Compare(current, previous, gates, runPath, baselinePath, DateTimeOffset.UtcNow);
            var outDirectory = Path.GetFullPath(parse.GetValue(output) ?? Path.GetDirectoryName(runPath)!);
            var reports = new ReportSet()
                .Add(RunReports.RegressionJsonFileName, RegressionJson.Serialize(report))
                .Add(RunReports.RegressionMarkdownFileName, RegressionMarkdown.Render(report));
            try
            {
                ReportWriter.Write(outDirectory, reports);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                ErrorPrinter.Print([new ValidationError($"Could not write the regression report to {outDirectory}: {ex.Message}", new SourceLocation("--out"), "Give --out a writable directory.")]);
                return ExitCodes.BadInput;
            }

            RegressionConsole.Write(report);
            System.Console.WriteLine($"Wrote {string.Join(", ", reports.Files.Select(f => f.FileName))} to {outDirectory}");
            return report.Passed ? ExitCodes.Success : ExitCodes.Regression;
        });
        return command;
    }
}
