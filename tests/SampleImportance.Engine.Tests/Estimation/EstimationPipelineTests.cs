using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Engine.Estimation;
using SampleImportance.Engine.Tests.Support;
using SampleImportance.Engine.Utility;
using SampleImportance.Evaluation.Metrics;
using SampleImportance.Kernels;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Engine.Tests.Estimation;

public sealed class EstimationPipelineTests : IDisposable
{
    // Eight rows in four sessions (ids 7, 3, 5, 9 → units 3, 5, 7, 9 in ascending order), labels mostly 1.
    private static readonly SampleSet Train = new(
        [0, 1, 2, 3, 4, 5, 6, 7],
        1,
        [1, 0, 1, 1, 0, 1, 1, 1],
        columns: new Dictionary<string, int[]> { ["session"] = [7, 7, 3, 3, 5, 5, 9, 9] });

    private static readonly SampleSet Validation = new([0, 1, 2, 3], 1, [1, 1, 0, 1]);

    private readonly SimdCpuBackend _backend = new();
    private readonly List<EstimationContext> _contexts = [];
    private readonly List<int> _modelSeeds = [];

    public void Dispose() => _backend.Dispose();

    private TestCatalog Catalog() => new(
        [
            // Rows and groups; declares parameters with defaults; values mix the utility with the estimator's own randomness.
            () => new DelegateEstimator(
                new EstimatorDescriptor("random-utility", "U({u}) plus seeded noise.", EstimatorRequirements.Retraining, ValueUnits.Rows | ValueUnits.Groups,
                [
                    new ParameterDescriptor("noise", ParameterKind.Number, "0.5", "Noise scale (default 0.5).", Minimum: 0, Maximum: 1),
                    new ParameterDescriptor("mode", ParameterKind.Text, "fast", "Mode (default fast).", AllowedValues: ["fast", "exact"]),
                    new ParameterDescriptor("repeat", ParameterKind.Integer, "1", "Repeats (default 1).", Minimum: 1),
                ]),
                (c, _) =>
                {
                    var random = c.CreateRandom();
                    var noise = c.Parameters.GetDouble("noise", double.NaN);
                    return [.. Enumerable.Range(0, c.Units.Count).Select(u => c.Utility.Evaluate([u]) + (noise * random.NextDouble()))];
                },
                _contexts),
            () => new DelegateEstimator(
                new EstimatorDescriptor("rows-only", "Rows only.", EstimatorRequirements.None, ValueUnits.Rows, []),
                (c, _) => new double[c.Units.Count],
                _contexts),
            () => new DelegateEstimator(
                new EstimatorDescriptor("gradient", "Needs gradients.", EstimatorRequirements.Gradients, ValueUnits.Rows, []),
                (c, _) => new double[c.Units.Count]),
            () => new DelegateEstimator(
                new EstimatorDescriptor("checkpoint", "Needs checkpoints.", EstimatorRequirements.Checkpoints, ValueUnits.Rows, []),
                (c, _) => new double[c.Units.Count]),
            () => new DelegateEstimator(
                new EstimatorDescriptor("short", "Returns one value too few.", EstimatorRequirements.None, ValueUnits.Rows, []),
                (c, _) => new double[c.Units.Count - 1]),
            () => new DelegateEstimator(
                new EstimatorDescriptor("nan", "Returns NaN.", EstimatorRequirements.None, ValueUnits.Rows, []),
                (c, _) => [.. Enumerable.Repeat(double.NaN, c.Units.Count)]),
        ],
        [new PriorModelFactory(_modelSeeds), new MeanScoreModelFactory()]);

    private static EstimationRequest Request(
        string estimator = "random-utility",
        string unit = UnitPartition.RowUnit,
        (string, string)[]? estimatorParameters = null,
        string model = PriorModelFactory.Id,
        (string, string)[]? modelParameters = null,
        string? metric = null,
        int seed = 3,
        int estimatorSeed = 1,
        SampleSet? validation = null) => new(
        Train,
        validation ?? Validation,
        unit,
        estimator,
        Parameters(estimatorParameters),
        model,
        Parameters(modelParameters),
        metric,
        seed,
        estimatorSeed,
        EstimationBudget.Unlimited);

    private static PluginParameters Parameters((string Name, string Value)[]? values) =>
        new((values ?? []).Select(v => KeyValuePair.Create(v.Name, v.Value)));

    private Task<EstimationOutcome> RunAsync(EstimationRequest request, UtilityCache? cache = null) =>
        new EstimationPipeline(Catalog(), MetricCatalog.CreateDefault(), _backend, TimeSpan.FromSeconds(1))
            .RunAsync(request, cache ?? new UtilityCache(), CancellationToken.None);

    private async Task<string> SkippedAsync(EstimationRequest request)
    {
        var error = await Assert.ThrowsAsync<EstimationNotApplicableException>(() => RunAsync(request));
        Assert.Empty(_contexts); // refused before the estimator ran
        return error.Message;
    }

    [Fact]
    public async Task Effective_parameters_hold_every_default_and_reach_the_estimator()
    {
        var outcome = await RunAsync(Request(estimatorParameters: [("noise", "0.25")]));

        Assert.Equal(
            new Dictionary<string, string> { ["noise"] = "0.25", ["mode"] = "fast", ["repeat"] = "1" },
            outcome.EstimatorParameters.Values);
        Assert.Equal(new Dictionary<string, string> { ["smoothing"] = "0" }, outcome.ModelParameters.Values);
        Assert.Equal(outcome.EstimatorParameters.Values, Assert.Single(_contexts).Parameters.Values);
    }

    [Fact]
    public async Task The_metric_defaults_to_the_models_and_can_be_overridden()
    {
        Assert.Equal("accuracy", (await RunAsync(Request())).Metric.Describe().Name);
        Assert.Equal("log-likelihood", (await RunAsync(Request(metric: "log-likelihood"))).Metric.Describe().Name);
        Assert.Equal("mse", (await RunAsync(Request(model: MeanScoreModelFactory.Id))).Metric.Describe().Name);
    }

    [Fact]
    public async Task An_unknown_parameter_is_refused_naming_the_accepted_ones()
    {
        var message = await SkippedAsync(Request(estimatorParameters: [("nosie", "0.1")]));
        Assert.Contains("unknown parameter 'nosie'", message, StringComparison.Ordinal);
        Assert.Contains("noise, mode, repeat", message, StringComparison.Ordinal);
        Assert.Contains("estimator 'random-utility'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_and_ill_typed_values_are_refused_together()
    {
        var message = await SkippedAsync(Request(estimatorParameters: [("noise", "2"), ("repeat", "many")]));
        Assert.Contains("'noise' must be at most 1, got 2.", message, StringComparison.Ordinal);
        Assert.Contains("'repeat' must be an integer, got 'many'.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_model_parameter_is_refused_naming_the_model()
    {
        var message = await SkippedAsync(Request(modelParameters: [("smoothing", "-1")]));
        Assert.Contains("model 'prior'", message, StringComparison.Ordinal);
        Assert.Contains("'smoothing' must be at least 0", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_column_the_data_lacks_is_skipped_listing_the_columns_it_has()
    {
        var message = await SkippedAsync(Request(unit: "user"));
        Assert.Contains("no id column 'user'", message, StringComparison.Ordinal);
        Assert.Contains("session", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_unit_for_a_rows_only_estimator_is_skipped()
    {
        var message = await SkippedAsync(Request(estimator: "rows-only", unit: "session"));
        Assert.Contains("'rows-only' values single rows only", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_metric_needing_groups_on_data_without_groups_is_skipped()
    {
        var message = await SkippedAsync(Request(model: MeanScoreModelFactory.Id, metric: "ndcg@5"));
        Assert.Contains("Metric 'ndcg@5' is computed per group", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_score_metric_on_a_score_model_is_skipped()
    {
        var message = await SkippedAsync(Request(model: MeanScoreModelFactory.Id, metric: "accuracy"));
        Assert.Contains("Metric 'accuracy' reads class scores, but model 'mean-score' predicts one score per row", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_metric_is_skipped_listing_the_known_ones()
    {
        var message = await SkippedAsync(Request(metric: "f2"));
        Assert.Contains("Unknown metric 'f2'", message, StringComparison.Ordinal);
        Assert.Contains("accuracy", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requirements_the_model_lacks_are_skipped()
    {
        Assert.Contains("needs per-sample gradients, which model 'prior' does not provide", await SkippedAsync(Request(estimator: "gradient")), StringComparison.Ordinal);
        Assert.Contains("needs training checkpoints", await SkippedAsync(Request(estimator: "checkpoint")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_plugins_are_skipped()
    {
        Assert.Contains("No estimator plugin 'nope'", await SkippedAsync(Request(estimator: "nope")), StringComparison.Ordinal);
        Assert.Contains("No model plugin 'nope'", await SkippedAsync(Request(model: "nope")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_request_twice_gives_identical_values()
    {
        var first = await RunAsync(Request());
        var second = await RunAsync(Request());

        Assert.Equal(first.Values, second.Values);
        Assert.Equal(8, first.Values.Count);
        Assert.Equal(first.UtilityEvaluations, second.UtilityEvaluations);
    }

    [Fact]
    public async Task The_estimator_seed_changes_only_the_estimators_randomness()
    {
        var one = await RunAsync(Request(estimatorSeed: 1));
        var two = await RunAsync(Request(estimatorSeed: 2));

        Assert.NotEqual(one.Values, two.Values);
        Assert.Equal([SeedStreams.EstimatorSeed(3, 1), SeedStreams.EstimatorSeed(3, 2)], _contexts.Select(c => c.Seed));

        // The model's seed comes from the data seed alone.
        Assert.NotEmpty(_modelSeeds);
        Assert.All(_modelSeeds, s => Assert.Equal(SeedStreams.ModelSeed(3), s));
    }

    [Fact]
    public async Task Group_units_value_each_group_with_a_host_counted_utility()
    {
        var outcome = await RunAsync(Request(unit: "session", estimatorParameters: [("noise", "0")]));

        Assert.Equal("session", outcome.Units.Name);
        Assert.Equal([3, 5, 7, 9], Enumerable.Range(0, outcome.Units.Count).Select(outcome.Units.IdOf));

        // With no noise, a group's value is the utility of fitting on that session alone: the prior model predicts its
        // majority class (or ties), scored by accuracy on validation labels 1, 1, 0, 1.
        // Session 3 = labels {1, 1} → 3/4; 5 = {0, 1} → tie, ½; 7 = {1, 0} → ½; 9 = {1, 1} → 3/4.
        Assert.Equal([0.75, 0.5, 0.5, 0.75], outcome.Values);
        Assert.Equal(4, outcome.UtilityEvaluations);
        Assert.Same(outcome.Units, Assert.Single(_contexts).Units);
    }

    [Fact]
    public async Task A_shared_cache_saves_fits_but_every_request_is_counted()
    {
        var cache = new UtilityCache();
        var first = await RunAsync(Request(), cache);
        var second = await RunAsync(Request(estimatorSeed: 2), cache);

        Assert.Equal(8, first.UtilityEvaluations);
        Assert.Equal(8, second.UtilityEvaluations);
        Assert.Equal(8, cache.Misses);
        Assert.Equal(8, cache.Hits);
    }

    [Fact]
    public async Task Values_must_be_one_finite_number_per_unit()
    {
        Assert.Contains("returned 7 values for 8 units", (await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(Request(estimator: "short")))).Message, StringComparison.Ordinal);
        Assert.Contains("non-finite value", (await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(Request(estimator: "nan")))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outcomes_model_factory_builds_the_cells_model()
    {
        var outcome = await RunAsync(Request(modelParameters: [("smoothing", "1")]));
        var model = outcome.CreateModel();
        model.Fit(Train, [2, 3], []);
        var predictions = new double[2];
        model.Predict(Validation.Select([0]), predictions);

        // Class counts {0, 2} plus smoothing 1 each → ¼, ¾: the effective parameters reached the model.
        Assert.Equal([0.25, 0.75], predictions);
        Assert.Equal(SeedStreams.ModelSeed(3), _modelSeeds[^1]);
    }
}
