using SampleImportance.Abstractions;
using SampleImportance.Suites;
using SampleImportance.Validation;

namespace SampleImportance.Suites.Tests;

public sealed class SuiteLoaderValidSuiteTests
{
    private const string Yaml = """
        name: quickstart
        seeds: [1, 2]
        datasets:
          - id: clicks
            source: synthetic/ecommerce-search
            params: { sessions: 60, position-bias: 0.50 }
            split: { validation: 0.2, test: 0.3 }
            corruption: { kind: fake-clicks, rate: 0.1 }
          - id: tab
            source: synthetic/tabular
        models:
          - { id: knn, plugin: knn, params: { k: 3 }, metric: accuracy }
          - { id: lr, plugin: logistic-regression }
        estimators:
          - { id: knn-shapley, plugin: knn-shapley, params: { k: 7 } }
          - { id: tmc, plugin: tmc-shapley, params: { permutations: 100 }, budget: { seconds: 60, utility-evaluations: 50000 } }
        tasks: [noisy-detection, { removal: { fractions: [0.3, 0.1, 0.2], order: highest-first } }]
        timing: { strategy: monitoring, iterations: 5, warmup: 1 }
        gates:
          - { metric: noisy-detection.auroc, estimator: knn-shapley, min: 0.75, max-drop: 0.05 }
          - { metric: time.median, max-increase: 50% }
          - { metric: cost.utility-evaluations, model: lr, dataset: tab, max: 1000, max-increase: 200 }
        """;

    [Fact]
    public void Full_suite_loads_without_problems()
    {
        var result = SuiteAssert.Load(Yaml);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        Assert.NotNull(result.Plan);
    }

    [Fact]
    public void Cells_are_datasets_by_models_by_estimators_by_seeds_in_that_order()
    {
        var plan = SuiteAssert.Valid(Yaml);

        string[] expected =
        [
            "clicks/fake-clicks(0.1)/knn/knn-shapley/1", "clicks/fake-clicks(0.1)/knn/knn-shapley/2",
            "clicks/fake-clicks(0.1)/knn/tmc/1", "clicks/fake-clicks(0.1)/knn/tmc/2",
            "clicks/fake-clicks(0.1)/lr/knn-shapley/1", "clicks/fake-clicks(0.1)/lr/knn-shapley/2",
            "clicks/fake-clicks(0.1)/lr/tmc/1", "clicks/fake-clicks(0.1)/lr/tmc/2",
            "tab/none/knn/knn-shapley/1", "tab/none/knn/knn-shapley/2",
            "tab/none/knn/tmc/1", "tab/none/knn/tmc/2",
            "tab/none/lr/knn-shapley/1", "tab/none/lr/knn-shapley/2",
            "tab/none/lr/tmc/1", "tab/none/lr/tmc/2",
        ];
        Assert.Equal(expected, plan.Cells.Select(c => c.Key.Id));
        Assert.Same(plan.Datasets[1], plan.Cells[8].Dataset);
        Assert.Same(plan.Estimators[1], plan.Cells[3].Estimator);
    }

    [Fact]
    public void Top_level_values_and_timing_are_read()
    {
        var plan = SuiteAssert.Valid(Yaml);

        Assert.Equal("quickstart", plan.Name);
        Assert.Equal(SuiteAssert.File, plan.File);
        Assert.Equal([1, 2], plan.Seeds);
        Assert.Equal(new TimingPlan(true, 5, 1), plan.Timing);
        Assert.Equal(["noisy-detection", "removal"], plan.Tasks.Tasks.Select(t => t.Name));
        var removal = plan.Tasks.Find("removal")!;
        // Recorded as written (the task sorts them when it runs).
        Assert.Equal(new Dictionary<string, string> { ["fractions"] = "0.3,0.1,0.2", ["order"] = "highest-first", ["metric"] = "utility", ["among"] = "all" }, removal.Parameters.Values);
        Assert.Equal(MetricDirection.LowerIsBetter, Assert.Single(removal.Metrics).Direction);
    }

    [Fact]
    public void Datasets_become_requests_with_defaults_filled_in_as_invariant_text()
    {
        var plan = SuiteAssert.Valid(Yaml);

        var clicks = plan.Datasets[0];
        Assert.Equal("clicks", clicks.Id);
        Assert.Equal(new Validation.SourceLocation(SuiteAssert.File, 4, 5), clicks.Location);
        Assert.Equal("synthetic/ecommerce-search", clicks.Request.Source);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["queries"] = "40", ["products"] = "400", ["sessions"] = "60", ["page-size"] = "10", ["position-bias"] = "0.5",
                ["text-match-noise"] = "0.05", ["click-model"] = "position-based", ["trust-bias"] = "0.2", ["clickbait"] = "0.2", ["test-labels"] = "clicks",
            },
            clicks.Request.Parameters.Values);
        Assert.Equal(0.2, clicks.Request.ValidationFraction);
        Assert.Equal(0.3, clicks.Request.TestFraction);
        Assert.Equal("fake-clicks", clicks.Request.Corruption!.Kind);
        Assert.Equal(0.1, clicks.Request.Corruption.Rate);
        Assert.Null(clicks.Request.Path);

        var tab = plan.Datasets[1];
        Assert.Equal(new Dictionary<string, string> { ["rows"] = "400", ["features"] = "8", ["separation"] = "1.5", ["positive-rate"] = "0.5" }, tab.Request.Parameters.Values);
        Assert.Equal(0.25, tab.Request.ValidationFraction);
        Assert.Equal(0.25, tab.Request.TestFraction);
        Assert.Null(tab.Request.Corruption);
        Assert.Equal("none", tab.CorruptionKey);
    }

    [Fact]
    public void Models_get_effective_parameters_and_a_default_metric()
    {
        var plan = SuiteAssert.Valid(Yaml);

        var knn = plan.Models[0];
        Assert.Equal(("knn", "knn", "accuracy"), (knn.Id, knn.Plugin, knn.Metric));
        Assert.Equal(new Dictionary<string, string> { ["k"] = "3", ["weighting"] = "uniform" }, knn.Parameters.Values);
        Assert.Equal(12, knn.Location.Line);

        var lr = plan.Models[1];
        Assert.Equal(("lr", "logistic-regression", "accuracy"), (lr.Id, lr.Plugin, lr.Metric));
        Assert.Equal(new Dictionary<string, string> { ["l2"] = "1" }, lr.Parameters.Values);
    }

    [Fact]
    public void Estimators_get_effective_parameters_and_budgets()
    {
        var plan = SuiteAssert.Valid(Yaml);

        var knn = plan.Estimators[0];
        Assert.Equal(new Dictionary<string, string> { ["k"] = "7" }, knn.Parameters.Values);
        Assert.Equal(EstimationBudget.Unlimited, knn.Budget);

        var tmc = plan.Estimators[1];
        Assert.Equal("tmc-shapley", tmc.Plugin);
        Assert.Equal(
            new Dictionary<string, string> { ["permutations"] = "100", ["tolerance"] = "0.01", ["truncate"] = "true" },
            tmc.Parameters.Values);
        Assert.Equal(new EstimationBudget(60, 50000), tmc.Budget);
        Assert.Equal(new Validation.SourceLocation(SuiteAssert.File, 16, 5), tmc.Location);
    }

    [Fact]
    public void Gates_carry_thresholds_filters_and_their_position()
    {
        var plan = SuiteAssert.Valid(Yaml);

        Assert.Equal(3, plan.Gates.Count);
        Assert.Equal(
            new GateDefinition("noisy-detection.auroc", "knn-shapley", null, null, 0.75, null, 0.05, null, false, SuiteAssert.File, 20, 5),
            plan.Gates[0]);
        Assert.Equal(
            new GateDefinition("time.median", null, null, null, null, null, null, 0.5, true, SuiteAssert.File, 21, 5),
            plan.Gates[1]);
        Assert.Equal(
            new GateDefinition("cost.utility-evaluations", null, "lr", "tab", null, 1000, null, 200, false, SuiteAssert.File, 22, 5),
            plan.Gates[2]);
        Assert.Equal(plan.Gates, plan.ToSuiteInfo().Gates);
    }

    [Fact]
    public void Optional_sections_default_when_absent()
    {
        var plan = SuiteAssert.Valid("""
            name: minimal
            seeds: [7]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """);

        Assert.Equal(TimingPlan.Default, plan.Timing);
        Assert.Equal(new TimingPlan(true, 3, 0), plan.Timing);
        Assert.Equal(TaskPlan.None, plan.Tasks);
        Assert.Empty(plan.Gates);
        Assert.Equal("label-likelihood", plan.Models[0].Metric);
        Assert.Equal(UnitPartition.RowUnit, plan.Estimators[0].Unit);
        Assert.Equal(["d/none/m/e/7"], plan.Cells.Select(c => c.Key.Id));
    }

    [Fact]
    public void Plain_removal_task_uses_default_fractions_and_lowest_first()
    {
        var plan = SuiteAssert.Valid("""
            name: removal-only
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            tasks: [removal]
            timing: { enabled: false }
            """);

        var removal = Assert.Single(plan.Tasks.Tasks);
        Assert.Equal("removal", removal.Name);
        Assert.Equal(new Dictionary<string, string> { ["fractions"] = "0.1,0.2,0.3", ["order"] = "lowest-first", ["metric"] = "utility", ["among"] = "all" }, removal.Parameters.Values);
        Assert.Equal(MetricDirection.HigherIsBetter, Assert.Single(removal.Metrics).Direction);
        Assert.False(plan.Timing.Enabled);
    }

    [Fact]
    public void Plan_lists_are_read_only()
    {
        var plan = SuiteAssert.Valid(Yaml);

        Assert.Throws<NotSupportedException>(() => ((IList<int>)plan.Seeds).Add(9));
        Assert.Throws<NotSupportedException>(() => ((IList<CellPlan>)plan.Cells).Clear());
    }

    [Fact]
    public void A_groups_capable_estimator_takes_a_unit()
    {
        var plan = SuiteAssert.Valid("""
            name: units
            seeds: [1]
            datasets: [{ id: clicks, source: synthetic/ecommerce-search }]
            models: [{ id: m, plugin: knn }]
            estimators:
              - { id: by-session, plugin: tmc-shapley, unit: session }
              - { id: by-row, plugin: tmc-shapley, unit: row }
              - { id: plain, plugin: knn-shapley }
            """);

        Assert.Equal(["session", "row", "row"], plan.Estimators.Select(e => e.Unit));
        Assert.Equal(["session", "row", "row"], plan.Cells.Select(c => c.Estimator.Unit));
    }
}
