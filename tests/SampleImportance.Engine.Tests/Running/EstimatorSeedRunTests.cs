using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Kernels;
using SampleImportance.Suites;
using SampleImportance.Suites.Reading;

namespace SampleImportance.Engine.Tests.Running;

/// <summary>The estimator-seed axis through the runner, and each cell's values handed to the cell sink.</summary>
public sealed class EstimatorSeedRunTests
{
    private static SuitePlan Plan(string estimatorSeeds)
    {
        var yaml = $$"""
            name: estimator-seeds
            seeds: [1, 2]
            {{estimatorSeeds}}
            datasets:
              - { id: tab, source: synthetic/tabular, params: { rows: 40, features: 2 } }
            models:
              - { id: mean, plugin: {{SeedEchoCatalog.Model}} }
            estimators:
              - { id: echo, plugin: {{SeedEchoCatalog.Estimator}} }
            timing: { enabled: false }
            """;
        var load = SuiteLoader.LoadText(yaml, "estimator-seeds.yaml", Path.GetTempPath(), new SeedEchoCatalog());
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        return load.Plan!;
    }

    private static async Task<RunResult> RunAsync(SuitePlan plan, ICellSink? cells = null)
    {
        using var backend = new SimdCpuBackend();
        return await new SuiteRunner(new SeedEchoCatalog(), new RunnerOptions { Compute = backend, Cells = cells })
            .RunAsync(SuiteRunner.Prepare(plan), CancellationToken.None);
    }

    [Fact]
    public async Task Each_cell_runs_with_its_own_estimator_seed_and_records_it()
    {
        var sink = new RecordingSink();
        var run = await RunAsync(Plan("estimator-seeds: [1, 2, 7]"), sink);

        Assert.Equal(6, run.Cells.Count);
        Assert.All(run.Cells, c => Assert.Equal(CellStatus.Succeeded, c.Status));
        foreach (var cell in run.Cells)
        {
            Assert.Equal(cell.Key.EstimatorSeed, cell.Setup!.EstimatorSeed);
            var values = sink.Values[cell.Key.Id];
            Assert.Equal(SeedStreams.EstimatorSeed(cell.Key.Seed, cell.Key.EstimatorSeed), values[0]);
        }

        // Different estimator seeds reach the estimator as different seeds; the data seed alone does not decide it.
        Assert.Equal(6, sink.Values.Values.Select(v => v[0]).Distinct().Count());
    }

    [Fact]
    public async Task Estimator_seeds_share_the_data_of_their_data_seed()
    {
        var sink = new RecordingSink();
        await RunAsync(Plan("estimator-seeds: [1, 2]"), sink);

        Assert.Equal(sink.Units["tab/none/mean/echo/1"], sink.Units["tab/none/mean/echo/1/e2"]);
        Assert.Equal(sink.Units["tab/none/mean/echo/2"], sink.Units["tab/none/mean/echo/2/e2"]);
    }

    [Fact]
    public async Task Aggregates_pool_data_seeds_and_estimator_seeds_as_replicates()
    {
        var run = await RunAsync(Plan("estimator-seeds: [1, 2, 3]"));

        var evaluations = Assert.Single(run.Aggregates, a => a.Metric == "cost.utility-evaluations");
        Assert.Equal(2 * 3, evaluations.Count);
        Assert.Equal(run.Aggregates.Count, run.Aggregates.Select(a => (a.Dataset, a.Corruption, a.Model, a.Estimator, a.Metric)).Distinct().Count());
    }

    [Fact]
    public async Task A_suite_without_estimator_seeds_runs_estimator_seed_1_only()
    {
        var sink = new RecordingSink();
        var run = await RunAsync(Plan(string.Empty), sink);

        Assert.Equal(["tab/none/mean/echo/1", "tab/none/mean/echo/2"], run.Cells.Select(c => c.Key.Id));
        Assert.All(run.Cells, c => Assert.Equal(1, c.Setup!.EstimatorSeed));
        Assert.Equal(SeedStreams.EstimatorSeed(2, 1), sink.Values["tab/none/mean/echo/2"][0]);
    }

    [Fact]
    public async Task The_sink_gets_every_succeeded_cell_before_the_next_starts()
    {
        var sink = new RecordingSink();
        var observer = new OrderObserver(sink);
        using var backend = new SimdCpuBackend();
        await new SuiteRunner(new SeedEchoCatalog(), new RunnerOptions { Compute = backend, Cells = sink, Observer = observer })
            .RunAsync(SuiteRunner.Prepare(Plan("estimator-seeds: [1, 2]")), CancellationToken.None);

        Assert.Equal(
            ["tab/none/mean/echo/1", "tab/none/mean/echo/1/e2", "tab/none/mean/echo/2", "tab/none/mean/echo/2/e2"],
            observer.WrittenWhenFinished);
    }

    [Fact]
    public async Task A_failing_sink_is_a_note_and_the_cell_keeps_its_metrics()
    {
        var run = await RunAsync(Plan(string.Empty), new ThrowingSink());

        Assert.All(run.Cells, c =>
        {
            Assert.Equal(CellStatus.Succeeded, c.Status);
            Assert.Contains(c.Notes, n => n.Contains("The values were not written: IOException: disk full", StringComparison.Ordinal));
            Assert.True(c.Metrics.ContainsKey("cost.utility-evaluations"));
        });
    }

    private sealed class RecordingSink : ICellSink
    {
        public Dictionary<string, double[]> Values { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Units { get; } = new(StringComparer.Ordinal);

        public void WriteValues(CellKey key, UnitPartition units, IReadOnlyList<double> values)
        {
            Values.Add(key.Id, [.. values]);
            Units.Add(key.Id, units.Count);
        }

        public void WriteResult(CellResult result)
        {
        }
    }

    /// <summary>Fails on values only, so the note seen is the values one.</summary>
    private sealed class ThrowingSink : ICellSink
    {
        public void WriteValues(CellKey key, UnitPartition units, IReadOnlyList<double> values) => throw new IOException("disk full");

        public void WriteResult(CellResult result)
        {
        }
    }

    /// <summary>Records, at each cell's end, whether its values had already been handed over.</summary>
    private sealed class OrderObserver(RecordingSink sink) : IRunObserver
    {
        public List<string> WrittenWhenFinished { get; } = [];

        public void CellStarted(CellKey key, int index, int total) =>
            Assert.DoesNotContain(key.Id, sink.Values.Keys);

        public void CellPhase(CellKey key, string phase)
        {
        }

        public void CellFinished(CellResult result, int index, int total)
        {
            if (sink.Values.ContainsKey(result.Key.Id))
            {
                WrittenWhenFinished.Add(result.Key.Id);
            }
        }
    }
}
