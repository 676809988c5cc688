using SampleImportance.Engine.Results;
using SampleImportance.Engine.Running;
using SampleImportance.Kernels;
using SampleImportance.Suites;
using SampleImportance.Suites.Reading;
using SampleImportance.Validation;

namespace SampleImportance.Engine.Tests.Running;

public sealed class SuiteRunnerTests
{
    private const string Tabular = "{ id: tab, source: synthetic/tabular, params: { rows: 80, features: 3 }, corruption: { kind: label-flip, rate: 0.2 } }";

    private static SuitePlan Plan(string estimators, string seeds = "[1, 2]", string extra = "", string dataset = Tabular)
    {
        var yaml = $$"""
            name: runner-test
            seeds: {{seeds}}
            datasets:
              - {{dataset}}
            models:
              - { id: mean, plugin: prior }
            estimators:
            {{estimators}}
            tasks: [noisy-detection, { removal: { fractions: [0.1, 0.2] } }]
            timing: { enabled: false }
            {{extra}}
            """;
        var load = SuiteLoader.LoadText(yaml, "runner-test.yaml", Path.GetTempPath(), new RunnerCatalog());
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        return load.Plan!;
    }

    private static Task<RunResult> RunAsync(SuitePlan plan, RunnerCatalog catalog, CancellationToken token = default) =>
        new SuiteRunner(catalog, new RunnerOptions { Compute = new SimdCpuBackend(), BudgetGrace = TimeSpan.FromMilliseconds(200) })
            .RunAsync(SuiteRunner.Prepare(plan), token);

    [Fact]
    public async Task A_throwing_estimator_fails_only_its_own_cells()
    {
        var plan = Plan("  - { id: label, plugin: label }\n  - { id: throwing, plugin: throwing }");
        var run = await RunAsync(plan, new RunnerCatalog());

        Assert.Equal(4, run.Cells.Count);
        Assert.All(run.Cells.Where(c => c.Key.Estimator == "throwing"), c =>
        {
            Assert.Equal(CellStatus.Failed, c.Status);
            Assert.Contains("InvalidOperationException: boom", c.Error, StringComparison.Ordinal);
        });
        Assert.All(run.Cells.Where(c => c.Key.Estimator == "label"), c =>
        {
            Assert.Equal(CellStatus.Succeeded, c.Status);
            Assert.True(c.Metrics.ContainsKey("noisy-detection.auroc"));
            Assert.True(c.Metrics.ContainsKey("removal.auc"));
            Assert.Equal(3, c.RemovalCurve!.Count);
        });
        Assert.True(run.Complete);
        Assert.Contains(run.Aggregates, a => a.Estimator == "label" && a.Metric == "noisy-detection.auroc" && a.Count == 2);
        Assert.DoesNotContain(run.Aggregates, a => a.Estimator == "throwing");
    }

    [Fact]
    public async Task Every_cell_gets_a_fresh_estimator_instance()
    {
        var catalog = new RunnerCatalog();
        await RunAsync(Plan("  - { id: label, plugin: label }", seeds: "[1, 2, 3]"), catalog);
        Assert.Equal(3, catalog.EstimatorsCreated);
    }

    [Fact]
    public async Task The_utility_evaluation_budget_times_the_cell_out()
    {
        var plan = Plan("  - { id: spender, plugin: utility-spender, budget: { utility-evaluations: 5 } }", seeds: "[1]");
        var run = await RunAsync(plan, new RunnerCatalog());
        var cell = Assert.Single(run.Cells);
        Assert.Equal(CellStatus.TimedOut, cell.Status);
        Assert.Contains("budget of 5", cell.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seconds_budget_cancels_a_cell_that_waits_on_its_token()
    {
        var plan = Plan("  - { id: hang, plugin: hanging, budget: { seconds: 0.3 } }\n  - { id: label, plugin: label }", seeds: "[1]");
        var run = await RunAsync(plan, new RunnerCatalog());
        Assert.Equal(CellStatus.TimedOut, run.Cells.Single(c => c.Key.Estimator == "hang").Status);
        Assert.Equal(CellStatus.Succeeded, run.Cells.Single(c => c.Key.Estimator == "label").Status);
    }

    [Fact]
    public async Task Stopping_the_run_marks_it_incomplete_and_the_rest_cancelled()
    {
        using var stop = new CancellationTokenSource();
        var plan = Plan("  - { id: hang, plugin: hanging }\n  - { id: label, plugin: label }", seeds: "[1, 2]");
        stop.CancelAfter(TimeSpan.FromMilliseconds(300));
        var run = await RunAsync(plan, new RunnerCatalog(), stop.Token);
        Assert.False(run.Complete);
        Assert.All(run.Cells, c => Assert.Equal(CellStatus.Cancelled, c.Status));
    }

    [Fact]
    public async Task Same_seed_gives_the_same_metrics()
    {
        var plan = Plan("  - { id: spender, plugin: utility-spender }\n  - { id: label, plugin: label }");
        var first = await RunAsync(plan, new RunnerCatalog());
        var second = await RunAsync(plan, new RunnerCatalog());
        Assert.Equal(
            first.Cells.Select(c => c.Metrics.OrderBy(m => m.Key).ToList()),
            second.Cells.Select(c => c.Metrics.OrderBy(m => m.Key).ToList()));
    }

    [Fact]
    public async Task Estimators_share_the_utility_cache_within_a_run()
    {
        // Two spenders evaluate the same singleton subsets: the second must be served from the cache, and the
        // values must not depend on which estimator asked first.
        var plan = Plan("  - { id: a, plugin: utility-spender }\n  - { id: b, plugin: utility-spender }", seeds: "[1]");
        var run = await RunAsync(plan, new RunnerCatalog());
        var a = run.Cells.Single(c => c.Key.Estimator == "a");
        var b = run.Cells.Single(c => c.Key.Estimator == "b");
        Assert.Equal(a.Metrics["noisy-detection.auroc"], b.Metrics["noisy-detection.auroc"]);
        Assert.Equal(a.UtilityEvaluations, b.UtilityEvaluations);
    }

    [Fact]
    public void Prepare_reports_bad_data_before_anything_runs()
    {
        var dir = Directory.CreateTempSubdirectory("si-runner-");
        try
        {
            var csv = Path.Combine(dir.FullName, "train.csv");
            File.WriteAllText(csv, "a,label\n1,0\nx,1\n2,0\n3,1\n4,0\n5,1\n6,0\n7,1\n");
            var yaml = """
                name: bad-data
                seeds: [1]
                datasets:
                  - { id: file, source: csv, path: train.csv, label: label }
                models:
                  - { id: mean, plugin: prior }
                estimators:
                  - { id: label, plugin: label }
                timing: { enabled: false }
                """;
            var load = SuiteLoader.LoadText(yaml, Path.Combine(dir.FullName, "s.yaml"), dir.FullName, new RunnerCatalog());
            Assert.True(load.Succeeded, string.Join("\n", load.Problems));
            var error = Assert.Throws<Validation.InputException>(() => SuiteRunner.Prepare(load.Plan!));
            var problem = Assert.Single(error.Errors);
            Assert.Equal(csv, problem.Location.File);
            Assert.Equal(3, problem.Location.Line);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_cell_that_cannot_run_as_asked_is_skipped_with_the_reason()
    {
        // 'label' values groups, but the tabular data has no session column: suite validation cannot know, the pipeline can.
        var plan = Plan("  - { id: by-session, plugin: label, unit: session }\n  - { id: label, plugin: label }", seeds: "[1]");
        var run = await RunAsync(plan, new RunnerCatalog());

        var skipped = run.Cells.Single(c => c.Key.Estimator == "by-session");
        Assert.Equal(CellStatus.Skipped, skipped.Status);
        Assert.Contains("no id column 'session'", skipped.Error, StringComparison.Ordinal);
        Assert.Empty(skipped.Metrics);
        Assert.Equal("session", skipped.Setup!.Unit);
        Assert.Equal(CellStatus.Succeeded, run.Cells.Single(c => c.Key.Estimator == "label").Status);
        Assert.True(run.Complete);
    }

    [Fact]
    public async Task Every_cell_records_its_effective_setup()
    {
        var plan = Plan("  - { id: conf, plugin: configurable, params: { k: 7 } }\n  - { id: label, plugin: label }", seeds: "[1]");
        var run = await RunAsync(plan, new RunnerCatalog());

        var conf = run.Cells.Single(c => c.Key.Estimator == "conf").Setup!;
        Assert.Equal(new Dictionary<string, string> { ["k"] = "7", ["mode"] = "fast" }, conf.EstimatorParameters);
        Assert.Equal(new Dictionary<string, string> { ["smoothing"] = "0" }, conf.ModelParameters);
        Assert.Equal(("row", "accuracy", 1), (conf.Unit, conf.Metric, conf.EstimatorSeed));
        Assert.All(run.Cells, c => Assert.NotNull(c.Setup));
    }

    [Fact]
    public async Task Group_units_run_end_to_end_and_are_judged_per_group()
    {
        const string Clicks = "{ id: clicks, source: synthetic/ecommerce-search, params: { sessions: 40, page-size: 5 }, corruption: { kind: fake-clicks, rate: 0.2 } }";
        var plan = Plan("  - { id: by-session, plugin: label, unit: session }\n  - { id: spender, plugin: utility-spender, unit: session }", seeds: "[1]", dataset: Clicks);
        var run = await RunAsync(plan, new RunnerCatalog());

        Assert.All(run.Cells, c =>
        {
            Assert.True(c.Status == CellStatus.Succeeded, c.Error);
            Assert.Equal("session", c.Setup!.Unit);
            Assert.True(c.Metrics.ContainsKey("removal.auc"));
        });

        // One utility evaluation per training session: far fewer than the training rows.
        var spender = run.Cells.Single(c => c.Key.Estimator == "spender");
        var trainRows = SuiteRunner.Prepare(plan).Split("clicks", 1).Train;
        var sessions = trainRows.Column("session").ToArray().Distinct().Count();
        Assert.Equal(sessions, spender.UtilityEvaluations);
        Assert.True(sessions < trainRows.Count);
    }
}
