using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Models.Mlp;
using SampleImportance.Plugins.Tests.Models.Softmax;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Models.Mlp;

public class MlpModelTests
{
    private const int Hidden = 3;
    private static readonly SampleSet Xor = XorData(200, 601);
    private static readonly SampleSet XorValidation = XorData(200, 602);
    private static readonly SampleSet Noisy = ToyData.Blobs(40, 2, 93, separation: 1.5);

    private static MlpModel Create(params (string, object)[] parameters) =>
        (MlpModel)Contexts.Model(new MlpModelFactory(), null, parameters);

    private static MlpModel Small(int seed = 1) => (MlpModel)new MlpModelFactory().Create(new ModelContext
    {
        Parameters = Contexts.Parameters(("hidden", Hidden), ("epochs", 5), ("learning-rate", 0.3), ("batch-size", 8), ("l2", 0.2))
            .WithDefaults(new MlpModelFactory().Describe().Parameters),
        Seed = seed,
        Compute = new NaiveComputeBackend(),
    });

    private static int[] All(SampleSet data) => Enumerable.Range(0, data.Count).ToArray();

    [Fact]
    public void Describe_declares_capabilities_and_parameters_with_defaults()
    {
        var descriptor = new MlpModelFactory().Describe();

        Assert.Equal("mlp", descriptor.Id);
        Assert.Equal(
            ModelCapabilities.SampleWeights | ModelCapabilities.Gradients | ModelCapabilities.Checkpoints,
            descriptor.Capabilities);
        Assert.Equal(PredictionKind.ClassScores, descriptor.Predictions);
        Assert.Equal(
            [("hidden", "16"), ("epochs", "50"), ("learning-rate", "0.1"), ("batch-size", "32"), ("l2", "0.01"), ("checkpoints", "5")],
            descriptor.Parameters.Select(p => (p.Name, p.Default)));
    }

    [Fact]
    public void The_same_seed_gives_the_same_numbers_and_another_seed_other_numbers()
    {
        var a = Small(7);
        var b = Small(7);
        var c = Small(8);

        a.Fit(Noisy, All(Noisy), []);
        b.Fit(Noisy, All(Noisy), []);
        c.Fit(Noisy, All(Noisy), []);

        Assert.Equal(GradientChecks.Theta(a), GradientChecks.Theta(b));
        Assert.Equal(Scoring.Predict(a, Noisy), Scoring.Predict(b, Noisy));
        Assert.NotEqual(GradientChecks.Theta(a), GradientChecks.Theta(c));
    }

    [Fact]
    public void Learns_xor_where_logistic_regression_cannot()
    {
        var mlp = Create(("hidden", 8), ("epochs", 200), ("learning-rate", 0.5), ("batch-size", 16));
        var logistic = Contexts.Model(new LogisticRegressionModelFactory());

        mlp.Fit(Xor, All(Xor), []);
        logistic.Fit(Xor, All(Xor), []);

        var mlpAccuracy = Scoring.Score(mlp, XorValidation, "accuracy");
        var logisticAccuracy = Scoring.Score(logistic, XorValidation, "accuracy");
        Assert.True(mlpAccuracy >= 0.9, $"mlp accuracy {mlpAccuracy}");
        Assert.True(mlpAccuracy >= logisticAccuracy + 0.25, $"mlp {mlpAccuracy} vs logistic {logisticAccuracy}");
    }

    [Fact]
    public void Learns_three_classes_with_a_softmax_head()
    {
        var train = SoftmaxRegressionModelTests.Blobs3(90, 611);
        var validation = SoftmaxRegressionModelTests.Blobs3(150, 612);
        var model = Create();

        model.Fit(train, All(train), []);

        Assert.Equal(3, model.Outputs);
        var predictions = Scoring.Predict(model, validation);
        for (var i = 0; i < validation.Count; i++)
        {
            Assert.Equal(1.0, predictions.AsSpan(i * 3, 3).ToArray().Sum(), 12);
        }

        Assert.True(Scoring.Score(model, validation, "accuracy") >= 0.9);
    }

    [Fact]
    public void Loss_gradients_match_central_differences_of_an_independent_forward_pass()
    {
        var model = Small();
        model.Fit(Noisy, All(Noisy), []);
        var theta = GradientChecks.Theta(model);
        int[] rows = [0, 3, 17, 29];
        var gradients = new double[rows.Length * theta.Length];

        model.LossGradients(Noisy, rows, gradients);

        Assert.Equal((Hidden * 3) + (2 * (Hidden + 1)), theta.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var numeric = FiniteDifferences.Gradient(t => Loss(Noisy, rows[i], t, 2), theta);
            for (var j = 0; j < theta.Length; j++)
            {
                Assert.Equal(numeric[j], gradients[(i * theta.Length) + j], 1e-7);
            }
        }
    }

    [Fact]
    public void Hessian_vector_products_match_finite_differences_and_the_Hessian()
    {
        const double l2 = 0.2;
        var model = Small();
        model.Fit(Noisy, All(Noisy), []);
        var rows = All(Noisy).Take(25).ToArray();
        var vector = Enumerable.Range(0, model.ParameterCount).Select(j => Math.Sin(j + 1.0)).ToArray();

        GradientChecks.AssertHessianVectorProduct(model, Noisy, rows, vector, t => Objective(Noisy, rows, t, l2));
    }

    [Fact]
    public void The_full_Hessian_is_refused_above_1024_parameters()
    {
        // d = 30, H = 32, K = 2: 32·31 + 2·33 = 1058 parameters.
        var wide = new SampleSet(new float[2 * 30], 30, [0, 1]);
        var model = Create(("hidden", 32), ("epochs", 1));
        model.Fit(wide, [0, 1], []);

        Assert.Equal(1058, model.ParameterCount);
        Assert.False(model.TryComputeHessian(wide, [0, 1], []));
    }

    [Theory]
    [InlineData(10, 4, new[] { 3, 5, 8, 10 })]
    [InlineData(10, 1, new[] { 10 })]
    [InlineData(3, 5, new[] { 1, 2, 3 })]
    [InlineData(6, 3, new[] { 2, 4, 6 })]
    public void Checkpoint_epochs_are_evenly_spaced_and_end_at_the_last_epoch(int epochs, int checkpoints, int[] expected)
    {
        Assert.Equal(expected, MlpModel.CheckpointEpochs(epochs, checkpoints));
    }

    [Fact]
    public void Checkpoints_are_frozen_copies_at_their_epochs_with_the_learning_rate()
    {
        var model = Create(("hidden", 4), ("epochs", 10), ("checkpoints", 4), ("learning-rate", 0.25));
        model.Fit(Noisy, All(Noisy), []);
        var checkpoints = model.Checkpoints;

        Assert.Equal([3, 5, 8, 10], checkpoints.Select(c => c.Step));
        Assert.All(checkpoints, c => Assert.Equal(0.25, c.StepSize));
        Assert.Equal(GradientChecks.Theta(model), GradientChecks.Theta(checkpoints[^1].Model));
        Assert.NotEqual(GradientChecks.Theta(checkpoints[0].Model), GradientChecks.Theta(checkpoints[1].Model));
        Assert.Empty(checkpoints[0].Model.Checkpoints);
        Assert.Throws<InvalidOperationException>(() => checkpoints[0].Model.Fit(Noisy, All(Noisy), []));
        Assert.Equal(Noisy.Count * 2, Scoring.Predict(checkpoints[0].Model, Noisy).Length);

        // An earlier checkpoint is the same run stopped early: an mlp trained for 3 epochs has its parameters.
        var short3 = Create(("hidden", 4), ("epochs", 3), ("checkpoints", 1), ("learning-rate", 0.25));
        short3.Fit(Noisy, All(Noisy), []);
        Assert.Equal(GradientChecks.Theta(short3), GradientChecks.Theta(checkpoints[0].Model));
    }

    [Fact]
    public void An_empty_fit_predicts_the_uniform_distribution_and_keeps_no_checkpoints()
    {
        var model = Create();

        model.Fit(Noisy, [], []);

        Assert.All(Scoring.Predict(model, Noisy), p => Assert.Equal(0.5, p, 15));
        Assert.Empty(model.Checkpoints);
    }

    [Fact]
    public void A_warm_start_with_a_vanishing_learning_rate_stays_at_the_warm_parameters()
    {
        var warm = Small();
        warm.Fit(Noisy, All(Noisy), []);
        var frozen = Create(("hidden", Hidden), ("epochs", 2), ("learning-rate", 1e-9));
        var cold = Create(("hidden", Hidden), ("epochs", 2), ("learning-rate", 1e-9));

        frozen.Fit(Noisy, All(Noisy), [], warm);
        cold.Fit(Noisy, All(Noisy), []);

        var expected = GradientChecks.Theta(warm);
        var actual = GradientChecks.Theta(frozen);
        for (var j = 0; j < expected.Length; j++)
        {
            Assert.Equal(expected[j], actual[j], 1e-6);
        }

        Assert.NotEqual(GradientChecks.Theta(cold)[0], actual[0], 3);
    }

    [Fact]
    public void Gradient_members_throw_before_the_first_fit()
    {
        var model = Create();

        Assert.Equal(0, model.ParameterCount);
        Assert.Empty(model.Checkpoints);
        Assert.Throws<InvalidOperationException>(() => model.LossGradients(Noisy, [0], new double[4]));
        Assert.Throws<InvalidOperationException>(() => model.Predict(Noisy, new double[Noisy.Count * 2]));
    }

    /// <summary>Points uniform in [−2, 2]², labelled 1 where x₀·x₁ > 0: no line separates the classes.</summary>
    internal static SampleSet XorData(int count, int seed)
    {
        var random = new Random(seed);
        var x = new float[count * 2];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[2 * i] = (float)((4 * random.NextDouble()) - 2);
            x[(2 * i) + 1] = (float)((4 * random.NextDouble()) - 2);
            y[i] = x[2 * i] * x[(2 * i) + 1] > 0 ? 1 : 0;
        }

        return new SampleSet(x, 2, y);
    }

    // −log softmax(W₂ tanh(W₁x + b₁) + b₂)_y with θ = (W₁, b₁, W₂, b₂), written independently of the model.
    private static double Loss(SampleSet data, int row, double[] theta, int classes)
    {
        var x = data.Row(row);
        var d = x.Length;
        var hidden = (theta.Length - classes) / (d + 1 + classes);
        var h = new double[hidden];
        for (var j = 0; j < hidden; j++)
        {
            var a = theta[(hidden * d) + j];
            for (var f = 0; f < d; f++)
            {
                a += theta[(j * d) + f] * x[f];
            }

            h[j] = Math.Tanh(a);
        }

        var w2 = hidden * (d + 1);
        var z = new double[classes];
        for (var k = 0; k < classes; k++)
        {
            z[k] = theta[w2 + (classes * hidden) + k];
            for (var j = 0; j < hidden; j++)
            {
                z[k] += theta[w2 + (k * hidden) + j] * h[j];
            }
        }

        return Math.Log(z.Sum(Math.Exp)) - z[(int)data.Labels[row]];
    }

    private static double Objective(SampleSet data, int[] rows, double[] theta, double l2)
    {
        var d = data.FeatureCount;
        var w2 = Hidden * (d + 1);
        var penalty = theta.Where((_, j) => j < Hidden * d || (j >= w2 && j < w2 + (2 * Hidden))).Sum(t => t * t);
        return rows.Sum(r => Loss(data, r, theta, 2)) + (0.5 * l2 * penalty);
    }
}
