using System.CommandLine;
using SampleImportance.Abstractions;
using SampleImportance.Cli.Output;
using SampleImportance.Cli.Plugins;
using SampleImportance.Cli.Suites;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Hosting;
using SampleImportance.Kernels;
using SampleImportance.Reporting;
using SampleImportance.Reporting.Gates;
using SampleImportance.Reporting.Output;
using SampleImportance.Suites;
using SampleImportance.Suites.Reading;
using SampleImportance.Validation;
using Spectre.Console;

namespace SampleImportance.Cli.Commands;

/// <summary><c>run [SUITE] [--out DIR] [--plugins DIR]... [--baseline FILE] [--timing-reference DIR] [--device D]</c>.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var suite = new Argument<string?>("suite")
        {
            Description = "Suite YAML file. Without it: the embedded quickstart on synthetic e-commerce search data.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string>("--out")
        {
            Description = "Directory for run.json, leaderboard.md, cells/<cell>.json and values/<cell>.csv per cell (and regression.json/.md with --baseline).",
            DefaultValueFactory = _ => "sampleimportance-out",
        };
        var plugins = CommonOptions.Plugins();
        var baseline = new Option<string?>("--baseline") { Description = "A baseline run.json to judge the suite's gates against." };
        var reference = new Option<string?>("--timing-reference")
        {
            Description = "Plugin directory of a reference build (e.g. the base branch's plugins): each timed cell's estimator is also run from there, beside every timing iteration, and timing gates compare the two iteration by iteration (robust on shared CI machines).",
        };
        var device = CommonOptions.Device();
        var command = new Command("run", "Run a benchmark suite: every dataset × model × estimator × seed.") { suite, output, plugins, baseline, reference, device };
        command.SetAction((parse, token) => ExecuteAsync(
            parse.GetValue(suite),
            parse.GetValue(output)!,
            parse.GetValue(plugins) ?? [],
            parse.GetValue(baseline),
            parse.GetValue(reference),
            parse.GetValue(device)!,
            parse.GetValue(GlobalOptions.Verbose),
            token));
        return command;
    }

    private static async Task<int> ExecuteAsync(string? suitePath, string outDirectory, string[] pluginDirectories, string? baselinePath, string? referenceDirectory, string device, bool verbose, CancellationToken stop)
    {
        using var catalog = CliPlugins.Load(pluginDirectories);
        ValidationError? referenceProblem = null;
        using var reference = referenceDirectory is null ? null : CliPlugins.LoadReference(referenceDirectory, out referenceProblem);
        if (referenceProblem is not null)
        {
            ErrorPrinter.Print([referenceProblem]);
            return ExitCodes.BadInput;
        }

        var load = suitePath is null
            ? SuiteLoader.LoadText(EmbeddedSuites.Quickstart(), EmbeddedSuites.QuickstartName, Directory.GetCurrentDirectory(), catalog)
            : SuiteLoader.LoadFile(suitePath, catalog);
        ErrorPrinter.Print(load.Problems);
        if (!load.Succeeded || load.Plan is null)
        {
            return ExitCodes.BadInput;
        }

        var plan = load.Plan;
        RunResult? baseline = null;
        PreparedRun prepared;
        IComputeBackend backend;
        try
        {
            if (baselinePath is not null)
            {
                baseline = RunJson.Read(baselinePath);
            }

            prepared = SuiteRunner.Prepare(plan);
            if (plan.Timing.Enabled && !BuildFlavor.IsOptimized && !BuildFlavor.AllowDebugTiming)
            {
                throw new InputException(new ValidationError(
                    "BenchmarkDotNet times only optimised builds, and this is a Debug build of the tool.",
                    new SourceLocation(plan.File),
                    "Run with `dotnet run -c Release --project src/SampleImportance.Cli -- run ...`, or set `timing: { enabled: false }` in the suite."));
            }

            backend = ComputeBackendFactory.Create(device);
        }
        catch (InputException ex)
        {
            ErrorPrinter.Print(ex.Errors);
            return ExitCodes.BadInput;
        }
        catch (ComputeBackendUnavailableException ex)
        {
            ErrorPrinter.Print([new ValidationError(ex.Message, new SourceLocation($"--device {device}"), "use --device auto or --device cpu.")]);
            return ExitCodes.BadInput;
        }

        using (backend)
        {
            var runPlugins = new RunPlugins(catalog, reference, referenceDirectory is null ? null : Path.GetFullPath(referenceDirectory));
            return await RunAndReportAsync(plan, prepared, runPlugins, backend, Path.GetFullPath(outDirectory), baseline, baselinePath, verbose, stop);
        }
    }

    private static async Task<int> RunAndReportAsync(SuitePlan plan, PreparedRun prepared, RunPlugins plugins, IComputeBackend backend, string outDirectory, RunResult? baseline, string? baselinePath, bool verbose, CancellationToken stop)
    {
        // Every finished cell goes to cells/ (and its values to values/) before the next starts; the marker
        // run.incomplete.json stays until the reports are written. An unwritable --out fails here, before any cell runs.
        var directory = new RunDirectory(outDirectory);
        try
        {
            directory.Start(plan, DateTimeOffset.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ErrorPrinter.Print([new ValidationError($"cannot write the run's output there: {ex.Message}", new SourceLocation($"--out {outDirectory}"), "pass a writable directory with --out.")]);
            return ExitCodes.BadInput;
        }

        try
        {
            return await RunInDirectoryAsync(plan, prepared, plugins, backend, directory, baseline, baselinePath, stop);
        }
        catch (RunAggregationException ex)
        {
            return ReportFailed("aggregating the results", ex.InnerException, directory);
        }
        catch (ReportStageException ex)
        {
            return ReportFailed(ex.Stage, ex.InnerException, directory);
        }
        catch (Exception ex)
        {
            return InternalErrorPrinter.Print(ex, verbose, $"the {directory.CellsWritten} finished cells are in {directory.CellsDirectory}");
        }
    }

    /// <summary>The run's plugins and, with <c>--timing-reference</c>, the reference build's.</summary>
    private sealed record RunPlugins(Hosting.PluginCatalog Catalog, Hosting.PluginCatalog? Reference, string? ReferenceDirectory);

    /// <summary>Every cell finished but the reports did not: one line, and exit 3 (the cells are on disk).</summary>
    private static int ReportFailed(string stage, Exception? cause, RunDirectory directory)
    {
        System.Console.Error.WriteLine($"error: {stage} failed: {ReportStageException.Describe(cause)}; the {directory.CellsWritten} finished cells are in {directory.CellsDirectory}");
        return ExitCodes.CellsFailed;
    }

    private static async Task<int> RunInDirectoryAsync(SuitePlan plan, PreparedRun prepared, RunPlugins plugins, IComputeBackend backend, RunDirectory directory, RunResult? baseline, string? baselinePath, CancellationToken stop)
    {
        var outDirectory = directory.FullPath;
        // Ctrl+C (or SIGTERM) cancels `stop` (System.CommandLine's token): the current cell is cancelled, the rest are
        // marked cancelled, and the reports below are still written and say incomplete (Program waits for them).
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(plan.Name)}[/]: {plan.Cells.Count} cells on [blue]{Markup.Escape(backend.Name)}[/]");
        var run = await RunWithProgressAsync(plan, prepared, plugins, backend, directory, stop);

        var runPath = Path.Combine(outDirectory, RunReports.RunFileName);
        var reports = RunReports.Build(run, runPath, baseline, baselinePath is null ? null : Path.GetFullPath(baselinePath), DateTimeOffset.UtcNow, out var regression);
        directory.Finish(reports);
        try
        {
            LeaderboardTable.Write(run);
        }
        catch (Exception ex)
        {
            throw new ReportStageException("printing the leaderboard", ex);
        }

        System.Console.WriteLine($"Wrote {string.Join(", ", reports.Files.Select(f => f.FileName))} and {RunDirectory.CellsFolderName}/ to {outDirectory}");
        if (!run.Complete)
        {
            AnsiConsole.MarkupLine("[yellow]The run was stopped: results are incomplete.[/]");
        }

        if (regression is not null)
        {
            RegressionConsole.Write(regression);
            if (!regression.Passed)
            {
                return ExitCodes.Regression;
            }
        }

        return run.Complete && run.Cells.All(c => c.Status == CellStatus.Succeeded) ? ExitCodes.Success : ExitCodes.CellsFailed;
    }

    private static async Task<RunResult> RunWithProgressAsync(SuitePlan plan, PreparedRun prepared, RunPlugins plugins, IComputeBackend backend, RunDirectory directory, CancellationToken token)
    {
        // Each cell's values land in values/<cell>.csv (the format `score` writes) as soon as they exist, its result in cells/.
        var catalog = plugins.Catalog;
        var options = (IRunObserver observer) => new RunnerOptions
        {
            Compute = backend,
            Observer = observer,
            Cells = directory,
            AllowDebugTiming = BuildFlavor.AllowDebugTiming,
            TimingReference = plugins.Reference,
            TimingReferenceSource = plugins.ReferenceDirectory ?? "reference",
        };
        if (!AnsiConsole.Profile.Capabilities.Interactive || System.Console.IsOutputRedirected)
        {
            return await new SuiteRunner(catalog, options(new PlainRunObserver(plan.Metrics))).RunAsync(prepared, token);
        }

        RunResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: plan.Cells.Count);
                result = await new SuiteRunner(catalog, options(new SpectreRunObserver(task))).RunAsync(prepared, token);
            });
        return result!;
    }
}
