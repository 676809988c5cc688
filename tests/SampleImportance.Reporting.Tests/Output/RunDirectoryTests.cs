using System.Text.Json.Nodes;
using SampleImportance.Engine.Results;
using SampleImportance.Reporting.Cells;
using SampleImportance.Reporting.Output;
using SampleImportance.Reporting.Tests.Reports;
using SampleImportance.Suites;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Reporting.Tests.Output;

public sealed class RunDirectoryTests : IDisposable
{
    private static readonly SuiteInfo Suite = new("quickstart", "/abs/suite.yaml", "ab12", []);

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static CellResult Cell(string estimator, int seed) =>
        TestRuns.Cell(estimator, seed, new Dictionary<string, double> { ["noisy-detection.auroc"] = 0.9 });

    [Fact]
    public void Start_writes_the_marker_before_any_cell_and_Finish_removes_it_after_the_reports()
    {
        var out_ = temp.File("out");
        var directory = new RunDirectory(out_);
        var cells = new[] { Cell("knn", 1), Cell("knn", 2) };

        directory.Start(Suite, [.. cells.Select(c => c.Key)], TestRuns.Started);
        var marker = JsonNode.Parse(File.ReadAllText(Path.Combine(out_, RunDirectory.InProgressFileName)))!.AsObject();
        Assert.Equal("sampleimportance/run-in-progress", marker["schema"]!.GetValue<string>());
        Assert.Equal(2, marker["plannedCells"]!.GetValue<int>());

        foreach (var cell in cells)
        {
            directory.WriteResult(cell);
        }

        Assert.Equal(2, directory.CellsWritten);
        var run = TestRuns.Run(cells);
        directory.Finish(RunReports.Build(run, Path.Combine(out_, "run.json"), null, null, TestRuns.Started, out var regression));

        Assert.Null(regression);
        Assert.False(File.Exists(Path.Combine(out_, RunDirectory.InProgressFileName)));
        Assert.Equal(["cells", "leaderboard.md", "run.json"], Directory.EnumerateFileSystemEntries(out_).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_written_cell_reads_back_as_it_was()
    {
        var directory = new RunDirectory(temp.File("out"));
        var cell = TestRuns.Leaderboard().Cells.First(c => c.Status == CellStatus.Failed);
        directory.Start(Suite, [cell.Key], TestRuns.Started);

        directory.WriteResult(cell);
        var back = CellJson.Read(directory.CellPath(cell.Key));

        Assert.Equal(CellJson.Serialize(cell), CellJson.Serialize(back));
        Assert.Equal(cell.Error, back.Error);
        Assert.Equal(cell.Key.FileStem + ".json", Path.GetFileName(directory.CellPath(cell.Key)));
    }

    [Fact]
    public void Start_removes_the_files_an_earlier_run_left_for_the_same_cells_only()
    {
        var first = new RunDirectory(temp.File("out"));
        var planned = Cell("knn", 1);
        var other = Cell("tmc", 1);
        first.Start(Suite, [planned.Key, other.Key], TestRuns.Started);
        first.WriteResult(planned);
        first.WriteResult(other);

        var second = new RunDirectory(temp.File("out"));
        second.Start(Suite, [planned.Key], TestRuns.Started);

        Assert.False(File.Exists(second.CellPath(planned.Key)), "A stale result of a planned cell must not pass for this run's.");
        Assert.True(File.Exists(second.CellPath(other.Key)));
        Assert.Equal(0, second.CellsWritten);
    }

    [Fact]
    public void A_cell_with_a_non_finite_number_is_refused_by_name()
    {
        var directory = new RunDirectory(temp.File("out"));
        var cell = TestRuns.Cell("knn", 1, new Dictionary<string, double> { ["noisy-detection.auroc"] = double.NaN });
        directory.Start(Suite, [cell.Key], TestRuns.Started);

        var error = Assert.Throws<ArgumentException>(() => directory.WriteResult(cell));

        Assert.Contains("noisy-detection.auroc", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, directory.CellsWritten);
    }

    [Fact]
    public void A_report_that_cannot_be_written_names_the_stage_and_keeps_the_cells_and_the_marker()
    {
        var out_ = temp.File("out");
        var directory = new RunDirectory(out_);
        var cell = Cell("knn", 1);
        directory.Start(Suite, [cell.Key], TestRuns.Started);
        directory.WriteResult(cell);
        Directory.CreateDirectory(Path.Combine(out_, "leaderboard.md")); // a folder where a report must go

        var error = Assert.Throws<ReportStageException>(() =>
            directory.Finish(RunReports.Build(TestRuns.Run([cell]), Path.Combine(out_, "run.json"), null, null, TestRuns.Started, out _)));

        Assert.Equal("writing run.json, leaderboard.md", error.Stage);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.True(File.Exists(Path.Combine(out_, RunDirectory.InProgressFileName)));
        Assert.Equal(cell.Key, CellJson.Read(directory.CellPath(cell.Key)).Key);
    }

    [Fact]
    public void A_report_that_cannot_be_rendered_names_its_file()
    {
        var run = TestRuns.Run([Cell("knn", 1)], aggregates: [new AggregateResult("clicks", "none", "knn", "knn", "noisy-detection.auroc", double.NaN, 0, 1, 2)]);

        var error = Assert.Throws<ReportStageException>(() => RunReports.Build(run, "/out/run.json", null, null, TestRuns.Started, out _));

        Assert.Equal("writing run.json", error.Stage);
        Assert.StartsWith("writing run.json failed: ArgumentException: ", error.Message, StringComparison.Ordinal);
    }
}
