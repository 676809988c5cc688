using SampleImportance.Abstractions;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Kernels;
using SampleImportance.Suites;
using SampleImportance.Suites.Reading;

namespace SampleImportance.Engine.Tests.Running;

/// <summary>The runner hands every cell to its <see cref="ICellSink"/> the moment it exists, so nothing finished is lost.</summary>
public sealed class CellSinkTests
{
    private static SuitePlan Plan(string estimators, string seeds = "[1, 2]")
    {
        var yaml = $$"""
            name: sink-test
            seeds: {{seeds}}
            datasets:
              - { id: tab, source: synthetic/tabular, params: { rows: 80, features: 3 }, corruption: { kind: label-flip, rate: 0.2 } }
            models:
              - { id: mean, plugin: prior }
            estimators:
            {{estimators}}
            tasks: [noisy-detection]
            timing: { enabled: false }
            """;
        var load = SuiteLoader.LoadText(yaml, "sink-test.yaml", Path.GetTempPath(), new RunnerCatalog());
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        return load.Plan!;
    }

    private static Task<RunResult> RunAsync(SuitePlan plan, RecordingSink sink) =>
        new SuiteRunner(new RunnerCatalog(), new RunnerOptions { Compute = new SimdCpuBackend(), Cells = sink, Observer = sink, BudgetGrace = TimeSpan.FromMilliseconds(200) })
            .RunAsync(SuiteRunner.Prepare(plan), CancellationToken.None);

    [Fact]
    public async Task Every_cell_reaches_the_sink_before_the_next_cell_starts_whatever_its_status()
    {
        var sink = new RecordingSink();
        var run = await RunAsync(Plan("  - { id: label, plugin: label }\n  - { id: throwing, plugin: throwing }"), sink);

        Assert.Equal(
            ["start tab/label-flip(0.2)/mean/label/1", "values tab/label-flip(0.2)/mean/label/1", "result tab/label-flip(0.2)/mean/label/1 Succeeded",
             "start tab/label-flip(0.2)/mean/label/2", "values tab/label-flip(0.2)/mean/label/2", "result tab/label-flip(0.2)/mean/label/2 Succeeded",
             "start tab/label-flip(0.2)/mean/throwing/1", "result tab/label-flip(0.2)/mean/throwing/1 Failed",
             "start tab/label-flip(0.2)/mean/throwing/2", "result tab/label-flip(0.2)/mean/throwing/2 Failed"],
            sink.Events);
        Assert.Equal(run.Cells, sink.Results);
    }

    [Fact]
    public async Task A_sink_that_fails_costs_a_note_on_the_cell_not_the_run()
    {
        var sink = new RecordingSink { FailResults = true };
        var run = await RunAsync(Plan("  - { id: label, plugin: label }", seeds: "[1]"), sink);

        var cell = Assert.Single(run.Cells);
        Assert.Equal(CellStatus.Succeeded, cell.Status);
        Assert.Contains(cell.Notes, n => n == "The cell's result was not written: IOException: disk full");
    }

    private sealed class RecordingSink : ICellSink, IRunObserver
    {
        public List<string> Events { get; } = [];

        public List<CellResult> Results { get; } = [];

        public bool FailResults { get; init; }

        public void WriteValues(CellKey key, UnitPartition units, IReadOnlyList<double> values) => Events.Add("values " + key.Id);

        public void WriteResult(CellResult result)
        {
            if (FailResults)
            {
                throw new IOException("disk full");
            }

            Events.Add($"result {result.Key.Id} {result.Status}");
            Results.Add(result);
        }

        public void CellStarted(CellKey key, int index, int total) => Events.Add("start " + key.Id);

        public void CellPhase(CellKey key, string phase)
        {
        }

        public void CellFinished(CellResult result, int index, int total)
        {
        }
    }
}
