using System.CommandLine;
using SampleImportance.Cli.Output;
using SampleImportance.Cli.Plugins;
using SampleImportance.Engine.Results;
using SampleImportance.Reporting;
using SampleImportance.Reporting.Gates;
using SampleImportance.Reporting.Gates.Ci;
using SampleImportance.Reporting.Gates.Suppressions;
using SampleImportance.Reporting.Output;
using SampleImportance.Suites;
using SampleImportance.Suites.Reading;
using SampleImportance.Validation;

namespace SampleImportance.Cli.Commands;

/// <summary>
/// <c>compare RUN.json BASELINE.json [--suite SUITE] [--out DIR] [--suppressions FILE] [--fail-on LIST] [--junit FILE]</c>
/// → regression.json + regression.md (+ JUnit XML), CI annotations when on GitHub Actions or Azure Pipelines, and the
/// Markdown appended to the GitHub job summary.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var run = new Argument<string>("run") { Description = "The current run.json." };
        var baseline = new Argument<string>("baseline") { Description = "The baseline run.json." };
        var suite = new Option<string?>("--suite") { Description = "Judge this suite's gates instead of the ones recorded in the run." };
        var output = new Option<string?>("--out") { Description = "Directory for regression.json and regression.md (default: the run's directory)." };
        var suppressions = new Option<string?>("--suppressions") { Description = "Accepted-regressions JSON file: matching failures are reported as suppressed until their expiry date." };
        var failOn = new Option<string?>("--fail-on") { Description = "Outcomes that fail (exit 1): regression;inconclusive (default) or regression." };
        var junit = new Option<string?>("--junit") { Description = "Also write the gate checks as JUnit XML to this file." };
        var plugins = CommonOptions.Plugins();
        var command = new Command("compare", "Judge a run against a baseline with the suite's gates.") { run, baseline, suite, output, suppressions, failOn, junit, plugins };
        command.SetAction(parse =>
        {
            var runPath = Path.GetFullPath(parse.GetValue(run)!);
            var baselinePath = Path.GetFullPath(parse.GetValue(baseline)!);
            RunResult current;
            RunResult previous;
            IReadOnlyList<GateDefinition> gates;
            IReadOnlyList<Suppression> accepted = [];
            GateFailurePolicy policy;
            try
            {
                policy = GateFailurePolicy.Parse(parse.GetValue(failOn));
                if (parse.GetValue(suppressions) is { } suppressionsPath)
                {
                    accepted = ReadSuppressions(Path.GetFullPath(suppressionsPath));
                }

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
            report = SuppressionApplier.Apply(report, accepted, TimeProvider.System);
            var outDirectory = Path.GetFullPath(parse.GetValue(output) ?? Path.GetDirectoryName(runPath)!);
            var reports = new ReportSet()
                .Add(RunReports.RegressionJsonFileName, RegressionJson.Serialize(report))
                .Add(RunReports.RegressionMarkdownFileName, RegressionMarkdown.Render(report));
            try
            {
                ReportWriter.Write(outDirectory, reports);
                if (parse.GetValue(junit) is { } junitPath)
                {
                    JUnitXml.Write(Path.GetFullPath(junitPath), report, policy);
                }

                StepSummary.Append(report, Environment.GetEnvironmentVariable);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                ErrorPrinter.Print([new ValidationError($"Could not write the regression report to {outDirectory}: {ex.Message}", new SourceLocation("--out"), "Give --out a writable directory.")]);
                return ExitCodes.BadInput;
            }

            foreach (var line in CiAnnotations.Lines(report, policy, Environment.GetEnvironmentVariable))
            {
                System.Console.WriteLine(line);
            }

            RegressionConsole.Write(report, policy);
            System.Console.WriteLine($"Wrote {string.Join(", ", reports.Files.Select(f => f.FileName))} to {outDirectory}");
            return policy.Fails(report) ? ExitCodes.Regression : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads the suppressions file; its problems carry <see cref="GateCodes.SuppressionFileInvalid"/> so CI logs name it.</summary>
    private static IReadOnlyList<Suppression> ReadSuppressions(string path)
    {
        try
        {
            return SuppressionFile.Read(path);
        }
        catch (InputException ex)
        {
            throw new InputException([.. ex.Errors.Select(e => e with { Message = $"{GateCodes.SuppressionFileInvalid}: {e.Message}" })]);
        }
    }
}
