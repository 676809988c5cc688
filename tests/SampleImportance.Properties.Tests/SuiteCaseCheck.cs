using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Hosting;
using SampleImportance.Kernels;
using SampleImportance.Properties.Tests.Generation;
using SampleImportance.Properties.Tests.Support;
using SampleImportance.Reporting;
using SampleImportance.Reporting.Cells;
using SampleImportance.Reporting.Gates;
using SampleImportance.Reporting.Output;
using SampleImportance.Suites;
using SampleImportance.Suites.Reading;
using SampleImportance.Validation;

namespace SampleImportance.Properties.Tests;

/// <summary>
/// The property, for one generated suite, run in process the way <c>sampleimportance run</c> runs it (suite loader,
/// runner with the CLI's cell sink, the CLI's reports): either validation fails and every error carries a file, a line
/// and a fix, and nothing is written; or the run completes, every planned cell is recorded in run.json and in cells/,
/// every recorded number is finite, no built-in plugin crashes, and nothing escapes as an unhandled exception.
/// </summary>
internal static class SuiteCaseCheck
{
    /// <summary>Checks the property for <paramref name="suite"/> (throws when it breaks) and says which side it took.</summary>
    public static SuiteOutcome Check(SuiteCase suite, PluginCatalog catalog)
    {
        using var temp = new TempFolder();
        var suitePath = Path.Combine(temp.Path, "suite.yaml");
        File.WriteAllText(suitePath, suite.ToYaml());
        if (suite.Csv is not null)
        {
            File.WriteAllText(Path.Combine(temp.Path, SuiteCase.CsvFileName), suite.Csv);
        }

        var outDirectory = Path.Combine(temp.Path, "out");
        var load = SuiteLoader.LoadFile(suitePath, catalog);
        if (!load.Succeeded)
        {
            AssertLocated(load.Problems.Where(p => p.Severity == ValidationSeverity.Error).ToList(), temp.Path);
            return SuiteOutcome.Invalid;
        }

        var plan = load.Plan!;
        PreparedRun prepared;
        try
        {
            prepared = SuiteRunner.Prepare(plan);
        }
        catch (InputException ex)
        {
            AssertLocated(ex.Errors, temp.Path);
            return SuiteOutcome.DataRejected;
        }

        var run = RunAndReport(plan, prepared, catalog, outDirectory);
        AssertRecorded(plan, run, outDirectory);
        return SuiteOutcome.Ran;
    }

    /// <summary>What <c>run</c> does after validation: cells to disk as they finish, then the reports.</summary>
    private static RunResult RunAndReport(SuitePlan plan, PreparedRun prepared, PluginCatalog catalog, string outDirectory)
    {
        var directory = new RunDirectory(outDirectory);
        directory.Start(plan, DateTimeOffset.UtcNow);
        using var backend = new SimdCpuBackend();
        var options = new RunnerOptions
        {
            Compute = backend,
            Cells = directory,
            AllowDebugTiming = true,
            BudgetGrace = TimeSpan.FromMilliseconds(200),
        };
        var run = new SuiteRunner(catalog, options).RunAsync(prepared, CancellationToken.None).GetAwaiter().GetResult();
        var runPath = Path.Combine(directory.FullPath, RunReports.RunFileName);

        // Gates are judged against the run itself: what matters here is that judging and writing them cannot crash.
        var baseline = plan.Gates.Count > 0 ? run : null;
        var reports = RunReports.Build(run, runPath, baseline, baseline is null ? null : runPath, DateTimeOffset.UtcNow, out _);
        directory.Finish(reports);
        return run;
    }

    private static void AssertLocated(IReadOnlyList<ValidationError> errors, string folder)
    {
        Assert.NotEmpty(errors);
        foreach (var error in errors)
        {
            Assert.True(error.Location.File.StartsWith(folder, StringComparison.Ordinal), $"No file named: {error}");
            Assert.True(error.Location.Line >= 1, $"No line: {error}");
            Assert.False(string.IsNullOrWhiteSpace(error.Fix), $"No fix: {error}");
        }

        Assert.False(Directory.Exists(Path.Combine(folder, "out")), "Bad input must write nothing.");
    }

    private static void AssertRecorded(SuitePlan plan, RunResult run, string outDirectory)
    {
        var planned = plan.Cells.Select(c => c.Key.Id).ToList();
        Assert.Equal(planned, run.Cells.Select(c => c.Key.Id));
        Assert.True(run.Complete);
        foreach (var cell in run.Cells)
        {
            Assert.True(cell.Status is CellStatus.Succeeded or CellStatus.Skipped or CellStatus.TimedOut, $"{cell.Key.Id} {cell.Status}: {cell.Error}");
            if (cell.Status != CellStatus.Succeeded)
            {
                Assert.False(string.IsNullOrWhiteSpace(cell.Error), $"{cell.Key.Id} {cell.Status} without a reason.");
            }

            Assert.DoesNotContain(cell.Notes, n => n.StartsWith("The cell's result was not written", StringComparison.Ordinal) || n.StartsWith("The values were not written", StringComparison.Ordinal));

            // A handled bug is still a bug: no error or note may name an exception that only a defect throws.
            foreach (var text in cell.Notes.Append(cell.Error ?? string.Empty))
            {
                Assert.False(BugExceptions.Any(b => text.Contains(b, StringComparison.Ordinal)), $"{cell.Key.Id}: {text}");
            }

            AssertFinite(cell);
        }

        foreach (var row in run.Aggregates)
        {
            Assert.True(double.IsFinite(row.Mean) && double.IsFinite(row.CiLower) && double.IsFinite(row.CiUpper), $"Aggregate {row} is not finite.");
        }

        // What a reader finds on disk: run.json and one cell file per planned cell, agreeing with each other.
        var fromDisk = RunJson.Read(Path.Combine(outDirectory, RunReports.RunFileName));
        Assert.Equal(planned, fromDisk.Cells.Select(c => c.Key.Id));
        var cellFiles = Directory.GetFiles(Path.Combine(outDirectory, RunDirectory.CellsFolderName), "*.json");
        Assert.Equal(planned.Count, cellFiles.Length);
        foreach (var cell in fromDisk.Cells)
        {
            var file = CellJson.Read(Path.Combine(outDirectory, RunDirectory.CellsFolderName, CellJson.FileName(cell.Key)));
            Assert.Equal(CellJson.Serialize(cell), CellJson.Serialize(file));
        }

        Assert.True(File.Exists(Path.Combine(outDirectory, RunReports.LeaderboardFileName)));
        Assert.False(File.Exists(Path.Combine(outDirectory, RunDirectory.InProgressFileName)), "The in-progress marker outlived a finished run.");
        if (plan.Gates.Count > 0)
        {
            RegressionJson.Read(Path.Combine(outDirectory, RunReports.RegressionJsonFileName));
        }
    }

    private static readonly string[] BugExceptions =
    [
        nameof(NullReferenceException), nameof(IndexOutOfRangeException), nameof(ArgumentOutOfRangeException),
        nameof(InvalidCastException), nameof(KeyNotFoundException), nameof(DivideByZeroException), nameof(OverflowException),
        nameof(ArgumentNullException), nameof(InvalidOperationException),
    ];

    private static void AssertFinite(CellResult cell)
    {
        foreach (var (name, value) in cell.Metrics)
        {
            Assert.True(double.IsFinite(value), $"{cell.Key.Id}: {name} = {value}");
        }

        if (cell.Timing is { } timing)
        {
            Assert.All(new[] { timing.MedianSeconds, timing.CiLowerSeconds, timing.CiUpperSeconds }.Concat(timing.SamplesSeconds), v => Assert.True(double.IsFinite(v), $"{cell.Key.Id}: timing {v}"));
        }

        foreach (var point in cell.RemovalCurve ?? [])
        {
            Assert.True(double.IsFinite(point.Fraction) && double.IsFinite(point.Utility), $"{cell.Key.Id}: curve point {point}");
        }
    }
}
