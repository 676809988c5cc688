using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Sources;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Suites.Reading;
using SampleImportance.Validation;

namespace SampleImportance.Suites.Tests.Catalogs;

/// <summary>Suites read tasks, sources and corruptions from the catalogs they are given: a registered one is known
/// everywhere (validation, gates, plan metrics) with no other change.</summary>
public sealed class SuiteLoaderCatalogTests
{
    private const string Custom = """
        name: custom
        seeds: [1]
        datasets:
          - { id: c, source: constant, params: { rows: 20 }, corruption: { kind: nudge, rate: 0.2, params: { by: 2 } } }
        models: [{ id: m, plugin: knn }]
        estimators: [{ id: e, plugin: knn-shapley }]
        tasks: [noisy-detection, { spread: { k: 3, mode: min, weights: [0.5, 2] } }]
        timing: { enabled: false }
        gates: [{ metric: spread.range, max: 1 }]
        """;

    private static SuiteCatalogs Extended() => new(
        TaskCatalog.CreateDefault().Add(new SpreadTask()),
        DataSourceCatalog.CreateDefault().Add(new ConstantSource()),
        CorruptionCatalog.CreateDefault().Add(new NudgeCorruption()));

    private static SuiteLoadResult Load(string yaml, SuiteCatalogs? catalogs = null) =>
        SuiteLoader.LoadText(yaml, SuiteAssert.File, Path.GetTempPath(), new FakePluginCatalog(), catalogs);

    [Fact]
    public void A_registered_task_source_and_corruption_validate_into_the_plan()
    {
        var catalogs = Extended();

        var result = Load(Custom, catalogs);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        var plan = result.Plan!;
        Assert.Same(catalogs, plan.Catalogs);
        var request = plan.Datasets[0].Request;
        Assert.Equal(("constant", "20"), (request.Source, request.Parameters.Values["rows"]));
        Assert.Equal(("nudge", "2"), (request.Corruption!.Kind, request.Corruption.Parameters.Values["by"]));
        Assert.Equal(["noisy-detection", "spread"], plan.Tasks.Tasks.Select(t => t.Name));
        Assert.Equal(new Dictionary<string, string> { ["k"] = "3", ["mode"] = "min", ["weights"] = "0.5,2" }, plan.Tasks.Find("spread")!.Parameters.Values);
        Assert.Equal("spread.range", plan.Gates[0].Metric);
    }

    [Fact]
    public void Plan_metrics_carry_each_direction_under_the_suites_options()
    {
        var plan = Load(Custom, Extended()).Plan!;

        Assert.Equal(
            ["noisy-detection.auroc", "noisy-detection.average-precision", "noisy-detection.f1", "noisy-detection.f1-two-cluster", "noisy-detection.auroc-all-rows", "noisy-detection.average-precision-all-rows", "noisy-detection.f1-all-rows", "noisy-detection.f1-two-cluster-all-rows", "spread.range", "cost.utility-evaluations"],
            plan.Metrics.Select(m => m.Name));
        Assert.Equal(MetricDirection.LowerIsBetter, plan.Metrics.Single(m => m.Name == "spread.range").Direction);
    }

    [Fact]
    public void The_same_suite_against_the_built_in_catalogs_names_every_unknown()
    {
        var result = Load(Custom);

        SuiteAssert.ErrorAt(result, 4, "Unknown dataset source 'constant'");
        SuiteAssert.ErrorAt(result, 4, "Unknown corruption kind 'nudge'");
        SuiteAssert.ErrorAt(result, 7, "Unknown task 'spread'");
        SuiteAssert.ErrorAt(result, 9, "Unknown gate metric 'spread.range'");
        Assert.Equal(4, SuiteAssert.Errors(result).Count);
    }

    [Fact]
    public void Option_problems_of_a_registered_task_point_at_each_value()
    {
        var result = Load("""
            name: custom
            seeds: [1]
            datasets: [{ id: c, source: constant }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            tasks:
              - spread:
                  k: 0
                  mode: median
                  weights: [1, -2, x]
                  extra: 1
            """, Extended());

        SuiteAssert.ErrorAt(result, 8, "Parameter 'k' of task 'spread' must be at least 1 (got 0)");
        var mode = SuiteAssert.ErrorAt(result, 9, "Unknown spread mode 'median'");
        Assert.Equal("Modes: max, min.", mode.Fix);
        var weight = SuiteAssert.ErrorAt(result, 10, "Weight -2 must be positive.");
        Assert.Equal(20, weight.Location.Column); // the -2 itself, not the list
        SuiteAssert.ErrorAt(result, 10, "Parameter 'weights' of task 'spread' must be a finite number, not 'x'");
        SuiteAssert.ErrorAt(result, 11, "Unknown key 'extra' in 'tasks.spread'");
        Assert.Equal(5, SuiteAssert.Errors(result).Count);
    }

    [Fact]
    public void A_corruption_that_does_not_apply_to_the_sources_labels_is_refused_at_its_kind()
    {
        var result = Load("""
            name: custom
            seeds: [1]
            datasets:
              - { id: c, source: constant, corruption: { kind: label-flip, rate: 0.1 } }
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """, Extended());

        var error = SuiteAssert.ErrorAt(result, 4, "Corruption 'label-flip' applies to binary labels, but source 'constant' produces real labels.");
        Assert.Equal("Use a corruption for these labels: nudge.", error.Fix);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Corruption_parameters_are_checked_against_the_corruptions_descriptor()
    {
        var result = Load("""
            name: custom
            seeds: [1]
            datasets:
              - { id: a, source: constant, corruption: { kind: nudge, rate: 0.1, params: { by: -1 } } }
              - { id: b, source: synthetic/tabular, corruption: { kind: label-flip, rate: 0.1, params: { by: 1 } } }
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """, Extended());

        SuiteAssert.ErrorAt(result, 4, "Parameter 'by' of corruption 'nudge' must be at least 0 (got -1)");
        var unknown = SuiteAssert.ErrorAt(result, 5, "Unknown parameter 'by' for corruption 'label-flip'");
        Assert.Equal("Remove it: corruption 'label-flip' takes no parameters.", unknown.Fix);
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void A_gate_on_a_registered_tasks_metric_needs_that_task_listed()
    {
        var result = Load("""
            name: custom
            seeds: [1]
            datasets: [{ id: c, source: constant }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            gates: [{ metric: spread.range, min: 0 }]
            """, Extended());

        var error = SuiteAssert.ErrorAt(result, 6, "Gate metric 'spread.range' needs the spread task, which 'tasks' does not list.");
        Assert.Equal("Add { spread: { k: 2, mode: max, weights: [1, 2] } } to tasks.", error.Fix);
    }

    [Fact]
    public void Fixes_name_what_the_catalogs_hold()
    {
        var catalogs = new SuiteCatalogs(TaskCatalog.CreateDefault(), DataSourceCatalog.CreateDefault(), new CorruptionCatalog().Add(new NudgeCorruption()));

        var result = Load("""
            name: custom
            seeds: [1]
            datasets: [{ id: c, source: constant }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            tasks: [noisy-detection]
            """, catalogs with { Sources = DataSourceCatalog.CreateDefault().Add(new ConstantSource()) });

        var warning = Assert.Single(result.Problems);
        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.Equal("Add corruption: { kind: nudge, rate: 0.1 } to a dataset.", warning.Fix);
    }

    [Fact]
    public void Gates_that_bound_a_metric_on_its_improving_side_are_warned_about_in_the_suites_direction()
    {
        var result = Load("""
            name: directions
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular, corruption: { kind: label-flip, rate: 0.1 } }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            tasks: [noisy-detection, { removal: { order: highest-first } }]
            gates:
              - { metric: removal.auc, max-drop: 0.05 }
              - { metric: noisy-detection.auroc, max-increase: 0.1 }
              - { metric: noisy-detection.auroc, min: 0.6, max-drop: 0.1 }
              - { metric: removal.auc, max-increase: 0.05 }
              - { metric: time.median, max-increase: 10% }
            """);

        Assert.True(result.Succeeded);
        Assert.All(result.Problems, p => Assert.Equal(ValidationSeverity.Warning, p.Severity));
        Assert.Equal([8, 9], result.Problems.Select(p => p.Location.Line));
        Assert.Contains("sets max-drop, but lower is better for 'removal.auc' in this suite", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("sets max-increase, but higher is better for 'noisy-detection.auroc'", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lowest_first_removal_gate_with_max_drop_is_not_warned_about()
    {
        var result = Load("""
            name: directions
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            tasks: [removal]
            gates: [{ metric: removal.auc, max-drop: 0.05 }]
            """);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
    }
}
