using SampleImportance.Abstractions;
using SampleImportance.Evaluation;
using SampleImportance.Plugins.Estimators.TracIn;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Models.Mlp;
using SampleImportance.Plugins.Models.Softmax;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.TracIn;

public class TracInEstimatorTests
{
    private static readonly TracInEstimator Estimator = new();

    // Train rows A = (1, 2; y 0), B = (−1, 0.5; y 1), C = (0, −1; y 1); validation V1 = (2, 0; y 1), V2 = (1, 1; y 0).
    private static readonly SampleSet HandTrain = new([1f, 2f, -1f, 0.5f, 0f, -1f], 2, [0, 1, 1]);
    private static readonly SampleSet HandValidation = new([2f, 0f, 1f, 1f], 2, [1, 0]);

    private static readonly SampleSet Clean = ToyData.Blobs(100, 2, 701, separation: 3.0);
    private static readonly SampleSet Validation = ToyData.Blobs(80, 2, 702, separation: 3.0);
    private static readonly int[] Flipped = [.. new Random(703).GetItems(Enumerable.Range(0, 100).ToArray(), 100).Distinct().Take(10)];
    private static readonly SampleSet Noisy = ToyData.FlipLabels(Clean, Flipped);

    private static Task<ImportanceResult> Run(
        SampleSet train,
        SampleSet validation,
        IModelFactory factory,
        string similarity = "dot",
        UnitPartition? units = null,
        CancellationToken cancellationToken = default,
        params (string, object)[] model) =>
        Estimator.EstimateAsync(
            Contexts.Create(Estimator, train, validation, factory, Contexts.Parameters(("similarity", similarity)), Contexts.Parameters(model), units: units),
            cancellationToken);

    [Fact]
    public void Describe_requires_gradients_and_checkpoints()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("tracin", descriptor.Id);
        Assert.True(descriptor.Requirements.HasFlag(EstimatorRequirements.Gradients));
        Assert.True(descriptor.Requirements.HasFlag(EstimatorRequirements.Checkpoints));
        Assert.False(descriptor.Requirements.HasFlag(EstimatorRequirements.Retraining));
        Assert.Equal(["similarity"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal("dot", descriptor.Parameters[0].Default);

        // softmax-regression has gradients but no checkpoints: the host skips the pair on this mismatch.
        Assert.False(new SoftmaxRegressionModelFactory().Describe().Capabilities.HasFlag(ModelCapabilities.Checkpoints));
    }

    [Fact]
    public async Task Dot_equals_the_hand_computed_sum_over_two_checkpoints()
    {
        var result = await Run(HandTrain, HandValidation, new ScaledFeatureGradientModelFactory());

        // Gradients g = s·(x, 2y − 1); Σ_v g_v/s = (2, 0, 1) + (1, 1, −1) = (3, 1, 0); Σₜ ηₜ·sₜ² = 0.5·1 + 0.25·4 = 1.5.
        // A: (1, 2, −1)·(3, 1, 0) = 5; B: (−1, 0.5, 1)·(3, 1, 0) = −2.5; C: (0, −1, 1)·(3, 1, 0) = −1.
        Assert.Equal([7.5, -3.75, -1.5], result.Values);
    }

    [Fact]
    public async Task Cosine_equals_the_hand_computed_sum_over_two_checkpoints()
    {
        var result = await Run(HandTrain, HandValidation, new ScaledFeatureGradientModelFactory(), "cosine");

        // Unit gradients do not see s, so the value is (0.5 + 0.25)·Σ_v cos(g_i, g_v).
        // ‖A‖ = √6, ‖B‖ = 1.5, ‖C‖ = √2, ‖V1‖ = √5, ‖V2‖ = √3; A·V1 = 1, A·V2 = 4, B·V1 = −1, B·V2 = −1.5, C·V1 = 1, C·V2 = −2.
        double[] expected =
        [
            0.75 * ((1 / (Math.Sqrt(6) * Math.Sqrt(5))) + (4 / (Math.Sqrt(6) * Math.Sqrt(3)))),
            0.75 * ((-1 / (1.5 * Math.Sqrt(5))) + (-1.5 / (1.5 * Math.Sqrt(3)))),
            0.75 * ((1 / (Math.Sqrt(2) * Math.Sqrt(5))) + (-2 / (Math.Sqrt(2) * Math.Sqrt(3)))),
        ];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], result.Values[i], 12);
        }
    }

    [Fact]
    public async Task A_positive_value_means_a_gradient_step_on_the_row_lowers_the_validation_loss()
    {
        var train = Noisy.Select(Enumerable.Range(0, 30).ToArray());
        var result = await Run(train, Validation, new LogisticRegressionModelFactory());
        var model = Contexts.Model(new LogisticRegressionModelFactory());
        model.Fit(train, Enumerable.Range(0, train.Count).ToArray(), []);
        var checkpoints = ((IGradientModel)model).Checkpoints;

        // Σₜ d/dε [L_val(θₜ) − L_val(θₜ − ε·ηₜ·∇ℓᵢ(θₜ))]: the first-order drop of the validation loss when each step also descends on row i.
        const double epsilon = 1e-5;
        for (var i = 0; i < train.Count; i++)
        {
            var drop = 0.0;
            foreach (var checkpoint in checkpoints)
            {
                var theta = new double[checkpoint.Model.ParameterCount];
                checkpoint.Model.CopyParameters(theta);
                var gradient = new double[theta.Length];
                checkpoint.Model.LossGradients(train, [i], gradient);
                var forward = theta.Select((t, j) => t + (epsilon * checkpoint.StepSize * gradient[j])).ToArray();
                var backward = theta.Select((t, j) => t - (epsilon * checkpoint.StepSize * gradient[j])).ToArray();
                drop += (ValidationLogLoss(forward) - ValidationLogLoss(backward)) / (2 * epsilon);
            }

            Assert.Equal(drop, result.Values[i], 1e-5 * (1 + Math.Abs(drop)));
        }

        Assert.Contains(result.Values, v => v > 0);
        Assert.Contains(result.Values, v => v < 0);
    }

    [Theory]
    [InlineData("logistic-regression", "dot")]
    [InlineData("logistic-regression", "cosine")]
    [InlineData("mlp", "dot")]
    [InlineData("mlp", "cosine")]
    public async Task Flipped_labels_get_the_lowest_values(string model, string similarity)
    {
        IModelFactory factory = model == "mlp" ? new MlpModelFactory() : new LogisticRegressionModelFactory();

        var result = await Run(Noisy, Validation, factory, similarity);

        var flipped = Enumerable.Range(0, Noisy.Count).Select(Flipped.Contains).ToArray();
        var auroc = RankingMetrics.Auroc(flipped, result.Values.Select(v => -v).ToArray());
        Assert.True(auroc >= 0.8, $"AUROC {auroc} < 0.8");
        Assert.All(result.Values, v => Assert.True(double.IsFinite(v)));
    }

    [Theory]
    [InlineData("logistic-regression")]
    [InlineData("mlp")]
    public async Task Cosine_values_lie_within_the_step_sizes_times_the_validation_count(string model)
    {
        IModelFactory factory = model == "mlp" ? new MlpModelFactory() : new LogisticRegressionModelFactory();
        var fitted = (IGradientModel)Contexts.Model(factory);
        fitted.Fit(Noisy, Enumerable.Range(0, Noisy.Count).ToArray(), []);
        var steps = fitted.Checkpoints.Sum(c => c.StepSize);
        var count = fitted.Checkpoints.Count;

        var result = await Run(Noisy, Validation, factory, "cosine");

        // |Σₜ ηₜ Σ_v cos| ≤ Σₜ ηₜ·n_val, within T·n_val since every ηₜ ≤ 1 here.
        Assert.InRange(steps, double.Epsilon, count);
        Assert.All(result.Values, v => Assert.InRange(v, -steps * Validation.Count, steps * Validation.Count));
        Assert.Contains(result.Values, v => Math.Abs(v) > 0.1 * steps * Validation.Count);
    }

    [Fact]
    public async Task Is_deterministic_and_a_group_is_the_sum_of_its_rows()
    {
        var ids = Enumerable.Range(0, Noisy.Count).Select(i => i % 7).ToArray();
        var grouped = ToyData.WithIdColumn(Noisy, "session", ids);

        var rows = await Run(grouped, Validation, new MlpModelFactory());
        var again = await Run(grouped, Validation, new MlpModelFactory());
        var groups = await Run(grouped, Validation, new MlpModelFactory(), units: UnitPartition.ByColumn("session", ids));

        Assert.Equal(rows.Values, again.Values);
        Assert.Equal(7, groups.Values.Count);
        for (var g = 0; g < 7; g++)
        {
            Assert.Equal(Enumerable.Range(0, Noisy.Count).Where(i => ids[i] == g).Sum(i => rows.Values[i]), groups.Values[g], 10);
        }
    }

    [Fact]
    public async Task A_model_without_checkpoints_is_refused_and_cancellation_is_honoured()
    {
        var noCheckpoints = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(Noisy, Validation, new SoftmaxRegressionModelFactory()));
        Assert.Contains("recorded none", noCheckpoints.Message, StringComparison.Ordinal);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(Noisy, Validation, new MlpModelFactory(), cancellationToken: cancelled.Token));
    }

    // Σ_v log(1 + e^z) − y·z over the validation rows, θ = (β, b).
    private static double ValidationLogLoss(double[] theta)
    {
        var sum = 0.0;
        for (var v = 0; v < Validation.Count; v++)
        {
            var row = Validation.Row(v);
            var z = theta[^1];
            for (var f = 0; f < row.Length; f++)
            {
                z += theta[f] * row[f];
            }

            sum += Math.Log(1 + Math.Exp(z)) - (Validation.Labels[v] * z);
        }

        return sum;
    }
}
