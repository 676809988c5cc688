using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Models.Softmax;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Models.Softmax;

public class SoftmaxRegressionModelTests
{
    private static readonly SampleSet Noisy = ToyData.Blobs(60, 3, 93, separation: 1.5);
    private static readonly SampleSet ThreeClasses = Blobs3(90, 501);
    private static readonly SampleSet ThreeClassesValidation = Blobs3(150, 502);

    private static SoftmaxRegressionModel Create(params (string, object)[] parameters) =>
        (SoftmaxRegressionModel)Contexts.Model(new SoftmaxRegressionModelFactory(), null, parameters);

    private static int[] All(SampleSet data) => Enumerable.Range(0, data.Count).ToArray();

    [Fact]
    public void Describe_declares_capabilities_class_scores_and_parameters()
    {
        var descriptor = new SoftmaxRegressionModelFactory().Describe();

        Assert.Equal("softmax-regression", descriptor.Id);
        Assert.Equal(ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights | ModelCapabilities.Gradients, descriptor.Capabilities);
        Assert.Equal(PredictionKind.ClassScores, descriptor.Predictions);
        Assert.Equal("log-likelihood", descriptor.DefaultMetric);
        Assert.Equal(["l2", "max-iterations", "tolerance"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["1", "100", "1E-08"], descriptor.Parameters.Select(p => p.Default));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.05)]
    public void Two_classes_give_logistic_regressions_probabilities_at_twice_its_l2(double logisticL2)
    {
        // W₁ − W₀ plays β; the optimum splits it evenly, so λ/2·(‖W₀‖² + ‖W₁‖²) = (λ/2)/2·‖β‖².
        var logistic = Contexts.Model(new LogisticRegressionModelFactory(), null, ("l2", logisticL2));
        var softmax = Create(("l2", 2 * logisticL2));

        logistic.Fit(Noisy, All(Noisy), []);
        softmax.Fit(Noisy, All(Noisy), []);

        Assert.True(softmax.Converged);
        var expected = Scoring.Predict(logistic, Noisy);
        var actual = Scoring.Predict(softmax, Noisy);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-8);
        }
    }

    [Fact]
    public void Learns_three_classes_with_probabilities_summing_to_one()
    {
        var model = Create();

        model.Fit(ThreeClasses, All(ThreeClasses), []);

        Assert.True(model.Converged);
        Assert.Equal(3, model.Outputs);
        var predictions = Scoring.Predict(model, ThreeClassesValidation);
        for (var i = 0; i < ThreeClassesValidation.Count; i++)
        {
            Assert.Equal(1.0, predictions.AsSpan(i * 3, 3).ToArray().Sum(), 12);
        }

        Assert.True(Scoring.Score(model, ThreeClassesValidation, "accuracy") >= 0.9);
        Assert.True(Scoring.Score(model, ThreeClassesValidation, "log-likelihood") > -0.35);
    }

    [Fact]
    public void Weighted_loss_gradients_plus_the_penalty_gradient_vanish_at_the_fit()
    {
        const double l2 = 0.7;
        var model = Create(("l2", l2));
        var rows = All(ThreeClasses).Where(r => r % 4 != 1).ToArray();
        var weights = rows.Select(r => 0.5 + (r % 3)).ToArray();
        model.Fit(ThreeClasses, rows, weights);
        var theta = GradientChecks.Theta(model);
        var p = theta.Length;
        var gradients = new double[rows.Length * p];

        model.LossGradients(ThreeClasses, rows, gradients);

        Assert.Equal(3 * 3, p);
        var total = new double[p];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < p; j++)
            {
                total[j] += weights[i] * gradients[(i * p) + j];
            }
        }

        for (var j = 0; j < p; j++)
        {
            total[j] += j % 3 == 2 ? 0.0 : l2 * theta[j];
        }

        Assert.True(model.Converged);
        Assert.All(total, g => Assert.InRange(g, -1e-6, 1e-6));
    }

    [Fact]
    public void Loss_gradients_match_central_differences_of_the_per_sample_log_loss()
    {
        var model = Create(("l2", 0.5));
        model.Fit(ThreeClasses, All(ThreeClasses), []);
        var theta = GradientChecks.Theta(model);
        int[] rows = [0, 7, 31, 64];
        var gradients = new double[rows.Length * theta.Length];

        model.LossGradients(ThreeClasses, rows, gradients);

        for (var i = 0; i < rows.Length; i++)
        {
            var numeric = FiniteDifferences.Gradient(t => LogLoss(ThreeClasses, rows[i], t), theta);
            for (var j = 0; j < theta.Length; j++)
            {
                Assert.Equal(numeric[j], gradients[(i * theta.Length) + j], 1e-7);
            }
        }
    }

    [Fact]
    public void Hessian_and_Hessian_vector_products_match_finite_differences_of_the_objective()
    {
        const double l2 = 0.5;
        var model = Create(("l2", l2));
        var rows = All(ThreeClasses).Take(50).ToArray();
        model.Fit(ThreeClasses, All(ThreeClasses), []);
        double[] vector = [0.3, -1.2, 2.0, 0.7, 0.1, -0.4, 1.5, -0.9, 0.25];

        GradientChecks.AssertHessianVectorProduct(model, ThreeClasses, rows, vector, t => Objective(ThreeClasses, rows, t, l2));
    }

    [Fact]
    public void A_class_missing_from_the_rows_keeps_a_small_finite_probability()
    {
        var rows = All(ThreeClasses).Where(r => ThreeClasses.Labels[r] != 2).ToArray();
        var model = Create();

        model.Fit(ThreeClasses, rows, []);

        Assert.True(model.Converged);
        Assert.Equal(3, model.Outputs);
        var predictions = Scoring.Predict(model, ThreeClassesValidation);
        Assert.All(predictions, p => Assert.True(double.IsFinite(p) && p > 0));
        var meanMissing = Enumerable.Range(0, ThreeClassesValidation.Count).Average(i => predictions[(i * 3) + 2]);
        Assert.InRange(meanMissing, double.Epsilon, 0.05);
        Assert.All(GradientChecks.Theta(model), t => Assert.True(double.IsFinite(t)));
    }

    [Fact]
    public void Fewer_than_two_classes_predict_the_add_a_half_smoothed_prior()
    {
        var ones = All(ThreeClasses).Where(r => ThreeClasses.Labels[r] == 1).Take(4).ToArray();
        var single = Create();
        var empty = Create();

        single.Fit(ThreeClasses, ones, []);
        empty.Fit(ThreeClasses, [], []);

        // (w_c + ½)/(W + C/2) with W = 4, C = 3.
        AssertClose([0.5 / 5.5, 4.5 / 5.5, 0.5 / 5.5], Scoring.Predict(single, ThreeClasses.Select([0])), 1e-15);
        Assert.All(Scoring.Predict(empty, ThreeClasses), p => Assert.Equal(1.0 / 3, p, 15));
        Assert.Equal(0, single.LastIterations);
    }

    [Fact]
    public void Integer_weights_equal_repeated_rows()
    {
        var weighted = Create();
        var repeated = Create();
        var rows = All(ThreeClasses).Take(30).ToArray();
        var weights = rows.Select(r => (double)(r % 3)).ToArray();

        weighted.Fit(ThreeClasses, rows, weights);
        repeated.Fit(ThreeClasses, rows.SelectMany((r, i) => Enumerable.Repeat(r, (int)weights[i])).ToArray(), []);

        AssertClose(Scoring.Predict(repeated, ThreeClassesValidation), Scoring.Predict(weighted, ThreeClassesValidation), 1e-8);
    }

    [Fact]
    public void Warm_start_reaches_the_same_predictions_in_fewer_iterations()
    {
        var full = Create();
        full.Fit(ThreeClasses, All(ThreeClasses), []);
        var without = All(ThreeClasses).Where(r => r != 11).ToArray();
        var cold = Create();
        var warm = Create();

        cold.Fit(ThreeClasses, without, []);
        warm.Fit(ThreeClasses, without, [], full);

        // Both stop at a gradient below tolerance × weight ≈ 1e-6, so they agree to about that, not to rounding.
        AssertClose(Scoring.Predict(cold, ThreeClassesValidation), Scoring.Predict(warm, ThreeClassesValidation), 1e-6);
        Assert.True(warm.Converged && cold.Converged, $"warm {warm.Converged} cold {cold.Converged}");
        Assert.True(warm.LastIterations < cold.LastIterations, $"warm {warm.LastIterations} vs cold {cold.LastIterations}");
    }

    [Fact]
    public void Labels_that_are_not_classes_are_refused_and_checkpoints_are_empty()
    {
        var fractional = new SampleSet([0f, 1f, 2f], 1, [0, 0.5, 1]);
        var model = Create();

        Assert.Throws<ArgumentException>(() => model.Fit(fractional, [0, 1, 2], []));
        Assert.Throws<InvalidOperationException>(() => model.Predict(Noisy, new double[Noisy.Count * 2]));
        model.Fit(Noisy, All(Noisy), []);
        Assert.Empty(model.Checkpoints);
    }

    /// <summary>Three unit-noise Gaussian blobs in 2-d, centred on a triangle of radius 3; labels cycle 0, 1, 2.</summary>
    internal static SampleSet Blobs3(int count, int seed)
    {
        var random = new Random(seed);
        var x = new float[count * 2];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            y[i] = i % 3;
            var angle = 2 * Math.PI * y[i] / 3;
            x[2 * i] = (float)((3 * Math.Sin(angle)) + ToyData.Gaussian(random));
            x[(2 * i) + 1] = (float)((3 * Math.Cos(angle)) + ToyData.Gaussian(random));
        }

        return new SampleSet(x, 2, y);
    }

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.InRange(actual[i], expected[i] - tolerance, expected[i] + tolerance);
        }
    }

    // −log softmax(z)_y with z_c = b_c + W_cᵀx, θ class-major (W_c then b_c), written independently of the model.
    private static double LogLoss(SampleSet data, int row, double[] theta)
    {
        var x = data.Row(row);
        var width = x.Length + 1;
        var z = new double[theta.Length / width];
        for (var c = 0; c < z.Length; c++)
        {
            z[c] = theta[(c * width) + x.Length];
            for (var f = 0; f < x.Length; f++)
            {
                z[c] += theta[(c * width) + f] * x[f];
            }
        }

        return Math.Log(z.Sum(Math.Exp)) - z[(int)data.Labels[row]];
    }

    private static double Objective(SampleSet data, int[] rows, double[] theta, double l2)
    {
        var width = data.FeatureCount + 1;
        var penalty = theta.Where((_, j) => j % width != width - 1).Sum(t => t * t);
        return rows.Sum(r => LogLoss(data, r, theta)) + (0.5 * l2 * penalty);
    }
}
