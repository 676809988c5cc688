using SampleImportance.Validation;

namespace SampleImportance.Suites.Tests;

public sealed class SuiteLoaderProblemTests
{
    [Fact]
    public void Every_problem_in_a_file_is_reported_in_one_pass_with_its_line()
    {
        var result = SuiteAssert.Load("""
            name: Bad_Name
            seeds: [1, 2, 1, x]
            datasets:
              - id: clicks
                source: synthetic/ecommerce-serch
              - id: clicks
                source: synthetic/tabular
                params: { rows: 2, colour: red }
                corruption: { kind: label-flip, rate: 1.5 }
            models:
              - { id: knn, plugin: knnn }
            estimators:
              - { id: e, plugin: knn-shapley, params: { k: 0 }, budget: { seconds: 0 } }
            tasks: [noisy-detection, ranking]
            timing: { iterations: 0 }
            gates:
              - { metric: noisy-detection.auroc, estimator: nobody }
            """);

        Assert.False(result.Succeeded);
        Assert.Null(result.Plan);
        SuiteAssert.ErrorAt(result, 1, "'name' must use only lower-case letters");
        SuiteAssert.ErrorAt(result, 2, "Seed 1 is listed twice");
        SuiteAssert.ErrorAt(result, 2, "'seeds[]' must be a whole number");
        SuiteAssert.ErrorAt(result, 5, "Unknown dataset source 'synthetic/ecommerce-serch'");
        SuiteAssert.ErrorAt(result, 6, "Duplicate dataset id 'clicks' (first defined at line 4)");
        SuiteAssert.ErrorAt(result, 8, "Parameter 'rows' of source 'synthetic/tabular' must be at least 8 (got 2)");
        SuiteAssert.ErrorAt(result, 8, "Unknown parameter 'colour'");
        SuiteAssert.ErrorAt(result, 9, "'datasets[1].corruption.rate' must be between 0 and 1");
        SuiteAssert.ErrorAt(result, 11, "Unknown model plugin 'knnn'");
        SuiteAssert.ErrorAt(result, 13, "Parameter 'k' of estimator plugin 'knn-shapley' must be at least 1 (got 0)");
        SuiteAssert.ErrorAt(result, 13, "'estimators[0].budget.seconds' must be above 0");
        SuiteAssert.ErrorAt(result, 14, "Unknown task 'ranking'");
        SuiteAssert.ErrorAt(result, 15, "'timing.iterations' must be at least 1");
        SuiteAssert.ErrorAt(result, 17, "Gate selects estimator 'nobody'");
        SuiteAssert.ErrorAt(result, 17, "sets no threshold");
        Assert.Equal(15, SuiteAssert.Errors(result).Count);
        Assert.Equal(result.Problems.OrderBy(p => p.Location.Line).ThenBy(p => p.Location.Column), result.Problems);
    }

    [Fact]
    public void Missing_required_sections_are_each_reported_at_the_root()
    {
        var result = SuiteAssert.Load("name: only-a-name\n");

        var errors = SuiteAssert.Errors(result);
        Assert.Equal(["'seeds' is required.", "'datasets' is required.", "'models' is required.", "'estimators' is required."], errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal((1, 1), (e.Location.Line, e.Location.Column)));
        Assert.Equal("Add seeds: [1, 2, 3]", errors[0].Fix);
    }

    [Fact]
    public void Empty_lists_and_values_are_errors()
    {
        var result = SuiteAssert.Load("""
            name:
            seeds: []
            datasets: []
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """);

        SuiteAssert.ErrorAt(result, 1, "'name' has no value");
        SuiteAssert.ErrorAt(result, 2, "'seeds' is empty");
        SuiteAssert.ErrorAt(result, 3, "'datasets' is empty");
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        var result = SuiteAssert.Load("""
            name: typo
            seed: [1]
            datasets: [{ id: d, source: synthetic/tabular, corruptoin: { kind: label-flip, rate: 0.1 } }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley, budget: { utility_evaluations: 10 } }]
            colour: blue
            """);

        var seed = SuiteAssert.ErrorAt(result, 2, "Unknown key 'seed' in 'suite'");
        Assert.StartsWith("Did you mean 'seeds'?", seed.Fix, StringComparison.Ordinal);
        var corruption = SuiteAssert.ErrorAt(result, 3, "Unknown key 'corruptoin' in 'datasets[0]'");
        Assert.StartsWith("Did you mean 'corruption'?", corruption.Fix, StringComparison.Ordinal);
        Assert.Equal(48, corruption.Location.Column);
        var budget = SuiteAssert.ErrorAt(result, 5, "Unknown key 'utility_evaluations'");
        Assert.StartsWith("Did you mean 'utility-evaluations'?", budget.Fix, StringComparison.Ordinal);
        var colour = SuiteAssert.ErrorAt(result, 6, "Unknown key 'colour'");
        Assert.Equal("Allowed keys: name, seeds, estimator-seeds, datasets, models, estimators, tasks, timing, gates.", colour.Fix);
        SuiteAssert.ErrorAt(result, 1, "'seeds' is required");
    }

    [Fact]
    public void Unknown_plugin_ids_list_the_available_ones()
    {
        var result = SuiteAssert.Load("""
            name: plugins
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: xgboost }]
            estimators: [{ id: e, plugin: tmc-shapely }]
            """);

        var model = SuiteAssert.ErrorAt(result, 4, "Unknown model plugin 'xgboost'");
        Assert.Equal("Available models: knn, logistic-regression, linear-ranker.", model.Fix);
        var estimator = SuiteAssert.ErrorAt(result, 5, "Unknown estimator plugin 'tmc-shapely'");
        Assert.Equal("Did you mean 'tmc-shapley'? Available estimators: knn-shapley, tmc-shapley, influence.", estimator.Fix);
    }

    [Fact]
    public void Parameter_kind_and_range_errors_name_the_parameter_and_plugin()
    {
        var result = SuiteAssert.Load("""
            name: params
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: knn, params: { k: 2.5, weighting: distance } }]
            estimators:
              - id: e
                plugin: tmc-shapley
                params:
                  permutations: lots
                  tolerance: 2
                  truncate: yes
                  depth: 3
            """);

        SuiteAssert.ErrorAt(result, 4, "Parameter 'k' of model plugin 'knn' must be a whole number (32-bit), not '2.5'");
        SuiteAssert.ErrorAt(result, 9, "Parameter 'permutations' of estimator plugin 'tmc-shapley' must be a whole number");
        var range = SuiteAssert.ErrorAt(result, 10, "Parameter 'tolerance' of estimator plugin 'tmc-shapley' must be at most 1 (got 2)");
        Assert.Equal("Use a value in [0, 1].", range.Fix);
        SuiteAssert.ErrorAt(result, 11, "must be true or false, not 'yes'");
        var unknown = SuiteAssert.ErrorAt(result, 12, "Unknown parameter 'depth' for estimator plugin 'tmc-shapley'");
        Assert.Equal("It takes: permutations, tolerance, truncate.", unknown.Fix);
        Assert.Equal(5, SuiteAssert.Errors(result).Count);
    }

    [Fact]
    public void Model_metric_must_be_one_the_metric_catalog_knows()
    {
        var result = SuiteAssert.Load("""
            name: metric
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: logistic-regression, metric: acuracy }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """);

        var error = SuiteAssert.ErrorAt(result, 4, "Unknown metric 'acuracy'");
        Assert.Equal(56, error.Location.Column);
        Assert.StartsWith("Did you mean 'accuracy'? Metrics: ", error.Fix, StringComparison.Ordinal);
        foreach (var known in new[] { "accuracy", "auc", "label-likelihood", "log-likelihood", "mrr", "mse", "ndcg@k" })
        {
            Assert.Contains(known, error.Fix, StringComparison.Ordinal);
        }

        Assert.Single(SuiteAssert.Errors(result));
    }

    [Fact]
    public void A_metric_cutoff_must_be_a_positive_whole_number()
    {
        var result = SuiteAssert.Load("""
            name: cutoff
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: linear-ranker, metric: ndcg@0 }]
            estimators: [{ id: e, plugin: tmc-shapley }]
            """);

        SuiteAssert.ErrorAt(result, 4, "The cutoff in 'ndcg@0' must be a whole number of at least 1");
    }

    [Fact]
    public void A_class_score_metric_on_a_score_model_is_an_error()
    {
        var result = SuiteAssert.Load("""
            name: metric
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models:
              - { id: ranker, plugin: linear-ranker, metric: accuracy }
            estimators: [{ id: e, plugin: tmc-shapley }]
            """);

        var error = SuiteAssert.ErrorAt(result, 5, "Metric 'accuracy' reads class scores, but model plugin 'linear-ranker' predicts one score per row");
        Assert.Contains("mse", error.Fix, StringComparison.Ordinal);
        Assert.Single(SuiteAssert.Errors(result));
    }

    [Fact]
    public void A_score_metric_on_a_score_model_is_fine()
    {
        var plan = SuiteAssert.Valid("""
            name: metric
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models:
              - { id: ranker, plugin: linear-ranker }
              - { id: ranker-ndcg, plugin: linear-ranker, metric: ndcg@10 }
            estimators: [{ id: e, plugin: tmc-shapley }]
            """);

        Assert.Equal(["mse", "ndcg@10"], plan.Models.Select(m => m.Metric));
    }

    [Fact]
    public void A_group_unit_is_refused_for_a_rows_only_estimator()
    {
        var result = SuiteAssert.Load("""
            name: units
            seeds: [1]
            datasets: [{ id: d, source: synthetic/ecommerce-search }]
            models: [{ id: m, plugin: knn }]
            estimators:
              - { id: knn, plugin: knn-shapley, unit: session }
              - { id: tmc, plugin: tmc-shapley, unit: session }
            """);

        var error = SuiteAssert.ErrorAt(result, 6, "Estimator plugin 'knn-shapley' values single rows only, not groups such as 'session'");
        Assert.Equal(43, error.Location.Column); // the unit value itself
        Assert.Contains("Remove 'unit'", error.Fix, StringComparison.Ordinal);
        Assert.Contains("tmc-shapley", error.Fix, StringComparison.Ordinal);
        Assert.Single(SuiteAssert.Errors(result));
    }

    [Fact]
    public void Gradient_estimator_with_a_model_lacking_gradients_is_an_error()
    {
        var result = SuiteAssert.Load("""
            name: gradients
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models:
              - { id: lr, plugin: logistic-regression }
              - { id: knn, plugin: knn }
            estimators:
              - { id: inf, plugin: influence }
            """);

        var error = SuiteAssert.ErrorAt(result, 8, "needs per-sample gradients");
        Assert.Contains("model 'knn'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Pair this estimator with models that have them: 'models: [lr]'.", error.Fix);
        Assert.Single(SuiteAssert.Errors(result));
    }

    [Fact]
    public void Gradient_estimator_with_gradient_models_only_is_fine()
    {
        var plan = SuiteAssert.Valid("""
            name: gradients
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: lr, plugin: logistic-regression }]
            estimators: [{ id: inf, plugin: influence }]
            """);

        Assert.Equal("0.001", plan.Estimators[0].Parameters.Values["damping"]);
    }

    [Fact]
    public void Duplicate_ids_are_reported_per_kind()
    {
        var result = SuiteAssert.Load("""
            name: dups
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models:
              - { id: m, plugin: knn }
              - { id: m, plugin: logistic-regression }
            estimators:
              - { id: d, plugin: knn-shapley }
              - { id: d, plugin: tmc-shapley }
            """);

        SuiteAssert.ErrorAt(result, 6, "Duplicate model id 'm' (first defined at line 5)");
        SuiteAssert.ErrorAt(result, 9, "Duplicate estimator id 'd' (first defined at line 8)");
        Assert.Equal(2, SuiteAssert.Errors(result).Count);
    }

    [Fact]
    public void Split_and_corruption_ranges_are_checked()
    {
        var result = SuiteAssert.Load("""
            name: split
            seeds: [1]
            datasets:
              - { id: a, source: synthetic/tabular, split: { validation: 0.5, test: 0.5 } }
              - { id: b, source: synthetic/tabular, split: { test: 0 }, corruption: { kind: bit-flip, rate: 0.1 } }
              - { id: c, source: synthetic/tabular, corruption: { rate: 0.1 } }
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """);

        SuiteAssert.ErrorAt(result, 4, "leaves no training rows");
        SuiteAssert.ErrorAt(result, 5, "'datasets[1].split.test' must be between 0 and 1");
        var kind = SuiteAssert.ErrorAt(result, 5, "Unknown corruption kind 'bit-flip'");
        Assert.Equal("Kinds: label-flip, fake-clicks, bot-clicks, clickbait, unsatisfied-clicks, trust-bias-clicks, bot-sessions, bot-users.", kind.Fix);
        SuiteAssert.ErrorAt(result, 6, "'datasets[2].corruption.kind' is required");
        Assert.Equal(4, SuiteAssert.Errors(result).Count);
    }

    [Fact]
    public void Task_and_timing_shapes_are_checked()
    {
        var result = SuiteAssert.Load("""
            name: tasks
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular, corruption: { kind: label-flip, rate: 0.2 } }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            tasks:
              - noisy-detection
              - removal: { fractions: [0.1, 1.2, 0.1], order: random }
              - noisy-detection
            timing: { strategy: throughput, enabled: maybe, warmup: -1 }
            """);

        SuiteAssert.ErrorAt(result, 8, "Removal fraction 1.2 must be between 0 and 1");
        SuiteAssert.ErrorAt(result, 8, "Removal fraction 0.1 is listed twice");
        SuiteAssert.ErrorAt(result, 8, "Unknown removal order 'random'");
        SuiteAssert.ErrorAt(result, 9, "Task 'noisy-detection' is listed twice (first at line 7)");
        SuiteAssert.ErrorAt(result, 10, "Unknown timing strategy 'throughput'");
        SuiteAssert.ErrorAt(result, 10, "'timing.enabled' must be true or false");
        SuiteAssert.ErrorAt(result, 10, "'timing.warmup' must be at least 0");
        Assert.Equal(7, SuiteAssert.Errors(result).Count);
    }

    [Fact]
    public void Noisy_detection_without_a_corrupted_dataset_is_a_warning_not_an_error()
    {
        var result = SuiteAssert.Load("""
            name: clean
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            tasks: [noisy-detection]
            gates: [{ metric: noisy-detection.f1, min: 0.5 }]
            """);

        Assert.True(result.Succeeded);
        Assert.NotNull(result.Plan);
        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal(ValidationSeverity.Warning, p.Severity));
        Assert.Equal([6, 7], result.Problems.Select(p => p.Location.Line));
        Assert.Contains("no dataset has a corruption", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standardize_is_read_as_true_or_false_and_anything_else_is_an_error_at_its_line()
    {
        const string Suite = """
            name: scaled
            seeds: [1]
            datasets:
              - { id: a, source: synthetic/tabular }
              - { id: b, source: synthetic/tabular, standardize: false }
            models:
              - { id: knn, plugin: knn }
            estimators:
              - { id: r, plugin: knn-shapley }
            """;
        var plan = SuiteAssert.Load(Suite).Plan!;
        Assert.Equal([true, false], plan.Datasets.Select(d => d.Request.Standardize));

        var bad = SuiteAssert.Load(Suite.Replace("standardize: false", "standardize: maybe", StringComparison.Ordinal));
        SuiteAssert.ErrorAt(bad, 5, "must be true or false, not 'maybe'");
    }
}
