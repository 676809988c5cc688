using SampleImportance.Validation;

namespace SampleImportance.Suites.Tests;

public sealed class SuiteLoaderGateTests
{
    private const string Head = """
        name: gates
        seeds: [1]
        datasets: [{ id: d, source: synthetic/tabular, corruption: { kind: label-flip, rate: 0.1 } }]
        models: [{ id: m, plugin: knn }]
        estimators: [{ id: e, plugin: knn-shapley }]
        tasks: [noisy-detection, removal]

        """;

    [Fact]
    public void Percent_max_increase_is_relative_and_a_plain_number_absolute()
    {
        var plan = SuiteAssert.Valid(Head + """
            gates:
              - { metric: time.median, max-increase: 12.5% }
              - { metric: time.median, max-increase: 0.3 }
              - metric: removal.auc
                estimator: e
                model: m
                dataset: d
                min: -1
                max: 1
                max-drop: 0
            """);

        Assert.Equal((0.125, true), (plan.Gates[0].MaxIncrease, plan.Gates[0].MaxIncreaseIsRelative));
        Assert.Equal((0.3, false), (plan.Gates[1].MaxIncrease, plan.Gates[1].MaxIncreaseIsRelative));
        var removal = plan.Gates[2];
        Assert.Equal(("removal.auc", "e", "m", "d"), (removal.Metric, removal.Estimator, removal.Model, removal.Dataset));
        Assert.Equal((-1.0, 1.0, 0.0), (removal.Min!.Value, removal.Max!.Value, removal.MaxDrop!.Value));
        Assert.Equal((10, 5), (removal.Line, removal.Column));
        Assert.Equal((9, 5), (plan.Gates[1].Line, plan.Gates[1].Column));
    }

    [Fact]
    public void Bad_gates_are_each_reported()
    {
        var result = SuiteAssert.Load(Head + """
            gates:
              - { metric: noisy-detection.aucroc, min: 0.5 }
              - { metric: time.median, max-increase: fast }
              - { metric: time.median, max-increase: -5% }
              - { metric: time.median, max-drop: 5% }
              - { metric: removal.auc, min: 0.9, max: 0.1 }
              - { metric: cost.utility-evaluations, model: knn, dataset: x, max: 10 }
              - { metric: time.median, max-drop: -0.1 }
            """);

        var metric = SuiteAssert.ErrorAt(result, 8, "Unknown gate metric 'noisy-detection.aucroc'");
        Assert.StartsWith("Did you mean 'noisy-detection.auroc'?", metric.Fix, StringComparison.Ordinal);
        SuiteAssert.ErrorAt(result, 9, "'gates[1].max-increase' must be a finite number, not 'fast'");
        SuiteAssert.ErrorAt(result, 10, "must be a non-negative percentage");
        SuiteAssert.ErrorAt(result, 11, "only max-increase accepts a percentage");
        SuiteAssert.ErrorAt(result, 12, "can never pass");
        SuiteAssert.ErrorAt(result, 13, "Gate selects model 'knn', which this suite does not define");
        SuiteAssert.ErrorAt(result, 13, "Gate selects dataset 'x'");
        SuiteAssert.ErrorAt(result, 14, "'gates[6].max-drop' must not be negative");
        Assert.Equal(8, SuiteAssert.Errors(result).Count);
    }

    [Fact]
    public void Gate_on_a_metric_no_task_produces_is_an_error()
    {
        var result = SuiteAssert.Load("""
            name: gates
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular, corruption: { kind: label-flip, rate: 0.1 } }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            gates:
              - { metric: noisy-detection.average-precision, min: 0.5 }
              - { metric: removal.auc, max-drop: 0.1 }
            """);

        SuiteAssert.ErrorAt(result, 7, "needs the noisy-detection task");
        SuiteAssert.ErrorAt(result, 8, "needs the removal task");
    }

    [Fact]
    public void Gate_on_a_listed_task_with_bad_options_reports_only_the_task_problem()
    {
        var result = SuiteAssert.Load("""
            name: gates
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            tasks: [{ removal: { order: sideways } }]
            gates: [{ metric: removal.auc, max-drop: 0.1 }]
            """);

        var error = Assert.Single(result.Problems);
        Assert.Equal(6, error.Location.Line);
        Assert.Contains("Unknown removal order 'sideways'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Orders: lowest-first, highest-first.", error.Fix);
    }

    [Fact]
    public void Gate_on_an_uncorrupted_dataset_is_a_warning()
    {
        var result = SuiteAssert.Load("""
            name: gates
            seeds: [1]
            datasets:
              - { id: dirty, source: synthetic/tabular, corruption: { kind: label-flip, rate: 0.1 } }
              - { id: clean, source: synthetic/tabular }
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            tasks: [noisy-detection]
            gates: [{ metric: noisy-detection.auroc, dataset: clean, min: 0.5 }]
            """);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(Validation.ValidationSeverity.Warning, warning.Severity);
        Assert.Equal(9, warning.Location.Line);
        Assert.Contains("dataset 'clean', which has no corruption", warning.Message, StringComparison.Ordinal);
        Assert.Equal("clean", result.Plan!.Gates[0].Dataset);
    }
}
