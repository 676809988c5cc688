using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Evaluation.Tests.Support;

namespace SampleImportance.Evaluation.Tests.Tasks;

public sealed class TaskCatalogTests
{
    private static readonly SampleSet Four = new(new float[4], 1, [0, 1, 1, 1]);

    private static readonly string[] NoisyDetectionMetrics =
    [
        "noisy-detection.auroc", "noisy-detection.average-precision", "noisy-detection.f1", "noisy-detection.f1-two-cluster",
        "noisy-detection.auroc-all-rows", "noisy-detection.average-precision-all-rows", "noisy-detection.f1-all-rows", "noisy-detection.f1-two-cluster-all-rows",
    ];

    private static readonly string[] ExactAgreementMetrics =
    [
        "exact-agreement.spearman", "exact-agreement.max-error",
        "exact-agreement.spearman@50", "exact-agreement.max-error@50",
        "exact-agreement.spearman@200", "exact-agreement.max-error@200",
        "exact-agreement.spearman@1000", "exact-agreement.max-error@1000",
    ];

    [Fact]
    public void The_default_catalog_holds_the_built_in_tasks_then_the_costs()
    {
        var catalog = TaskCatalog.CreateDefault();

        Assert.Equal(["noisy-detection", "removal", "addition", "lds", "rank-stability", "exact-agreement"], catalog.Names);
        Assert.Equal(["time.median", "time.cpu-median", "cost.utility-evaluations"], catalog.Costs.Select(c => c.Name));
        Assert.Equal(
            [.. NoisyDetectionMetrics, "removal.auc", "addition.auc", "lds.spearman", "rank-stability.spearman", "rank-stability.jaccard", .. ExactAgreementMetrics, "time.median", "time.cpu-median", "cost.utility-evaluations"],
            catalog.Metrics.Select(m => m.Name));
        Assert.All(catalog.Costs, c => Assert.Equal(MetricDirection.LowerIsBetter, c.Metric.Direction));
        Assert.True(catalog.CostOf("time.median")!.NeedsTiming);
        Assert.True(catalog.CostOf("time.cpu-median")!.NeedsTiming);
        Assert.False(catalog.CostOf("cost.utility-evaluations")!.NeedsTiming);
    }

    [Fact]
    public void Tasks_describe_their_parameters_needs_and_metrics()
    {
        var catalog = TaskCatalog.CreateDefault();

        var noisy = catalog.Descriptors[0];
        Assert.Empty(noisy.Parameters);
        Assert.Equal(TaskNeeds.NoiseMask, noisy.Needs);
        Assert.Equal("noisy-detection.auroc", Assert.Single(noisy.Metrics, m => m.Role == ResultMetricRole.Headline).Name);

        var removal = catalog.Descriptors[1];
        Assert.Equal(TaskNeeds.TestSplit | TaskNeeds.Retraining, removal.Needs);
        Assert.Equal(new Dictionary<string, string> { ["fractions"] = "0.1,0.2,0.3", ["order"] = "lowest-first", ["metric"] = "utility", ["among"] = "all" }, removal.Defaults.Values);
        Assert.True(removal.Parameters[0].IsList);
        Assert.Equal(["lowest-first", "highest-first"], removal.Parameters[1].Descriptor.AllowedValues);
    }

    [Fact]
    public void Every_task_metric_has_a_direction_a_description_and_its_tasks_prefix()
    {
        var catalog = TaskCatalog.CreateDefault();

        Assert.All(catalog.Descriptors, task =>
        {
            Assert.True(catalog.TryGet(task.Name, out var registered));
            Assert.Equal(task.Metrics, registered.Metrics(task.Defaults));
            Assert.All(task.Metrics, metric =>
            {
                Assert.Contains(metric.Direction, new[] { MetricDirection.HigherIsBetter, MetricDirection.LowerIsBetter });
                Assert.False(string.IsNullOrWhiteSpace(metric.Description));
                Assert.StartsWith(task.Name + ".", metric.Name, StringComparison.Ordinal);
            });
        });
        Assert.Equal(catalog.Metrics.Count, catalog.Metrics.Select(m => m.Name).Distinct().Count());
    }

    [Fact]
    public void Tasks_that_rerun_the_estimator_say_so()
    {
        var catalog = TaskCatalog.CreateDefault();

        Assert.Equal(TaskNeeds.Reestimation, catalog.Descriptors.Single(d => d.Name == "rank-stability").Needs);
        Assert.Equal(TaskNeeds.Reestimation | TaskNeeds.CellUtility, catalog.Descriptors.Single(d => d.Name == "exact-agreement").Needs);
        Assert.Equal(TaskNeeds.TestSplit | TaskNeeds.Retraining, catalog.Descriptors.Single(d => d.Name == "lds").Needs);
    }

    [Theory]
    [InlineData("lowest-first", MetricDirection.HigherIsBetter)]
    [InlineData("highest-first", MetricDirection.LowerIsBetter)]
    public void The_removal_area_improves_in_the_direction_its_order_implies(string order, MetricDirection expected)
    {
        Assert.True(TaskCatalog.CreateDefault().TryGet("removal", out var removal));

        var metric = Assert.Single(removal.Metrics(Parameters(("fractions", "0.5"), ("order", order))));

        Assert.Equal("removal.auc", metric.Name);
        Assert.Equal(expected, metric.Direction);
    }

    [Fact]
    public void MetricsFor_uses_each_tasks_parameters_keeps_catalog_order_and_drops_timed_costs_without_timing()
    {
        var catalog = TaskCatalog.CreateDefault();
        Assert.True(catalog.TryGet("removal", out var removal));
        Assert.True(catalog.TryGet("noisy-detection", out var noisy));
        ConfiguredTask[] listed = [new(removal, Parameters(("fractions", "0.5"), ("order", "highest-first"))), new(noisy, PluginParameters.Empty)];

        var untimed = catalog.MetricsFor(listed, timing: false);
        var timed = catalog.MetricsFor(listed, timing: true);

        Assert.Equal([.. NoisyDetectionMetrics, "removal.auc", "cost.utility-evaluations"], untimed.Select(m => m.Name));
        Assert.Equal(MetricDirection.LowerIsBetter, untimed.Single(m => m.Name == "removal.auc").Direction);
        Assert.Contains(timed, m => m.Name == "time.median");
    }

    [Fact]
    public void A_registered_task_is_found_with_its_metrics_and_producer()
    {
        var catalog = TaskCatalog.CreateDefault().Add(new MeanValueTask());

        Assert.Equal("mean-value", catalog.Names[^1]);
        Assert.True(catalog.TryGet("mean-value", out var task));
        Assert.IsType<MeanValueTask>(task);
        Assert.Equal("mean-value", catalog.ProducerOf("mean-value.mean")!.Name);
        Assert.Equal("removal", catalog.ProducerOf("removal.auc")!.Name);
        Assert.Null(catalog.ProducerOf("time.median"));
        Assert.Contains(catalog.Metrics, m => m.Name == "mean-value.mean" && m.Direction == MetricDirection.LowerIsBetter);
    }

    [Fact]
    public void Taken_names_and_metric_names_are_refused()
    {
        var catalog = TaskCatalog.CreateDefault();

        Assert.Contains("'removal' is already registered", Assert.Throws<ArgumentException>(() => catalog.Add(new MeanValueTask("removal"))).Message, StringComparison.Ordinal);
        Assert.Contains("'time.median' is already registered", Assert.Throws<ArgumentException>(() => catalog.Add(new MeanValueTask("other", metric: "time.median"))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => catalog.AddCost(CostMetrics.TimeMedian));
    }

    [Fact]
    public void A_task_whose_defaults_fail_its_own_check_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TaskCatalog().Add(new MeanValueTask(rejectDefaults: true)));

        Assert.Contains("rejects its own defaults", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_that_needs_the_noise_mask_measures_nothing_without_one()
    {
        Assert.True(TaskCatalog.CreateDefault().TryGet("noisy-detection", out var noisy));

        var outcome = new ConfiguredTask(noisy, PluginParameters.Empty).Evaluate(TaskRun.Input([1, 2, 3, 4], UnitPartition.Rows(4), Four), CancellationToken.None);

        Assert.Empty(outcome.Metrics);
    }

    [Fact]
    public void A_task_that_records_a_metric_it_does_not_declare_fails_loudly()
    {
        var task = new ConfiguredTask(new MeanValueTask(recordUndeclared: true), PluginParameters.Empty);

        var error = Assert.Throws<InvalidOperationException>(() => task.Evaluate(TaskRun.Input([1, 2, 3, 4], UnitPartition.Rows(4), Four), CancellationToken.None));

        Assert.Contains("'mean-value.secret', which it does not declare", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registered_task_evaluates_through_the_catalog_like_a_built_in()
    {
        var catalog = new TaskCatalog().Add(new MeanValueTask());
        Assert.True(catalog.TryGet("mean-value", out var task));

        var outcome = new ConfiguredTask(task, PluginParameters.Empty).Evaluate(TaskRun.Input([1, 2, 3, 6], UnitPartition.Rows(4), Four), CancellationToken.None);

        Assert.Equal(3.0, outcome.Metrics["mean-value.mean"], 12);
    }

    [Fact]
    public void Removal_fractions_outside_the_open_interval_or_repeated_are_reported_per_item()
    {
        Assert.True(TaskCatalog.CreateDefault().TryGet("removal", out var removal));

        var problems = removal.Check(Parameters(("fractions", "0.2,1,0.2,0.5,0"), ("order", "lowest-first")));

        Assert.Equal([(1, "Removal fraction 1 must be between 0 and 1 (exclusive)."), (2, "Removal fraction 0.2 is listed twice."), (4, "Removal fraction 0 must be between 0 and 1 (exclusive).")],
            problems.Select(p => (p.Item!.Value, p.Message)));
        Assert.All(problems, p => Assert.Equal("fractions", p.Parameter));
    }

    private static PluginParameters Parameters(params (string Name, string Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Name, v.Value)));

    /// <summary>A task outside the built-ins: the mean of the values (lower is better, to tell directions apart).</summary>
    private sealed class MeanValueTask(string name = "mean-value", string? metric = null, bool rejectDefaults = false, bool recordUndeclared = false) : IEvaluationTask
    {
        private readonly string _metric = metric ?? name + ".mean";

        public TaskDescriptor Describe() => new(name, "Mean of the values.", [], Metrics(PluginParameters.Empty), TaskNeeds.None);

        public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters) =>
            [new(_metric, MetricDirection.LowerIsBetter, ResultMetricRole.Quality, "Mean value.")];

        public IReadOnlyList<TaskProblem> Check(PluginParameters parameters) =>
            rejectDefaults ? [new TaskProblem("x", null, "Never valid.", "None.")] : [];

        public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken) =>
            new(new Dictionary<string, double> { [recordUndeclared ? name + ".secret" : _metric] = input.Values.Average() });
    }
}
