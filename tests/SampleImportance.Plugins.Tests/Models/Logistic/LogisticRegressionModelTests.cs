using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Models.Logistic;

public class LogisticRegressionModelTests
{
    private static readonly SampleSet Separable = ToyData.Blobs(80, 3, 91, separation: 8.0);
    private static readonly SampleSet SeparableValidation = ToyData.Blobs(60, 3, 92, separation: 8.0);
    private static readonly SampleSet Noisy = ToyData.Blobs(60, 3, 93, separation: 1.5);

    private static LogisticRegressionModel Create(params (string, object)[] parameters) =>
        (LogisticRegressionModel)Contexts.Model(new LogisticRegressionModelFactory(), null, parameters);

    private static int[] All(SampleSet data) => Enumerable.Range(0, data.Count).ToArray();

    [Fact]
    public void Describe_declares_capabilities_class_scores_log_likelihood_and_parameters()
    {
        var descriptor = new LogisticRegressionModelFactory().Describe();

        Assert.Equal("logistic-regression", descriptor.Id);
        Assert.Equal(
            ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights | ModelCapabilities.Gradients | ModelCapabilities.Checkpoints,
            descriptor.Capabilities);
        Assert.Equal(PredictionKind.ClassScores, descriptor.Predictions);
        Assert.Equal("log-likelihood", descriptor.DefaultMetric);
        Assert.Equal(
            [
                ("l2", ParameterKind.Number, "1", 0.0, 1e12),
                ("max-iterations", ParameterKind.Integer, "100", 1.0, 100_000.0),
                ("tolerance", ParameterKind.Number, "1E-08", 0.0, 1.0),
            ],
            descriptor.Parameters.Select(p => (p.Name, p.Kind, p.Default, p.Minimum!.Value, p.Maximum!.Value)));
    }

    [Fact]
    public void Bad_parameter_values_are_rejected_together()
    {
        var error = Assert.Throws<ArgumentException>(() => Create(("l2", -1), ("max-iterations", 0), ("tolerance", "tiny"), ("lambda", 1)));

        Assert.Contains("'l2' must be at least 0, got -1.", error.Message, StringComparison.Ordinal);
        Assert.Contains("'max-iterations' must be at least 1, got 0.", error.Message, StringComparison.Ordinal);
        Assert.Contains("'tolerance' must be a finite number, got 'tiny'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown parameter 'lambda'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictions_are_one_minus_sigma_and_sigma_of_the_margin()
    {
        var model = Create();
        model.Fit(Noisy, All(Noisy), []);
        var theta = Theta(model);

        var predictions = Scoring.Predict(model, Noisy);

        Assert.Equal(2, model.Outputs);
        Assert.Equal(Noisy.Count * 2, predictions.Length);
        for (var i = 0; i < Noisy.Count; i++)
        {
            var p = 1.0 / (1.0 + Math.Exp(-Margin(theta, Noisy.Row(i))));
            Assert.Equal(p, predictions[(2 * i) + 1], 1e-12);
            Assert.Equal(1.0 - p, predictions[2 * i], 1e-12);
            Assert.Equal(1.0, predictions[2 * i] + predictions[(2 * i) + 1], 1e-15);
        }
    }

    [Fact]
    public void Three_classes_and_labels_other_than_0_and_1_are_refused()
    {
        var threeClasses = new SampleSet([0f, 1f, 2f], 1, [0, 1, 2]);
        var fractional = new SampleSet([0f, 1f, 2f], 1, [0, 0.5, 1]);
        var negative = new SampleSet([0f, 1f, 2f], 1, [-1, 1, 1]);

        Assert.Throws<ArgumentException>(() => Create().Fit(threeClasses, [0, 1], []));
        Assert.Throws<ArgumentException>(() => Create().Fit(fractional, [0, 1, 2], []));
        Assert.Throws<ArgumentException>(() => Create().Fit(negative, [0, 1, 2], []));
    }

    [Fact]
    public void Learns_a_separable_problem()
    {
        var model = Create();

        model.Fit(Separable, All(Separable), []);

        Assert.True(model.Converged);
        Assert.Equal(1.0, Scoring.Score(model, Separable, "accuracy"));
        Assert.True(Scoring.Score(model, SeparableValidation, "accuracy") >= 0.98);
        Assert.Equal(1.0, Scoring.Score(model, SeparableValidation, "auc"), 10);
        Assert.True(Scoring.Score(model, SeparableValidation, "log-likelihood") > -0.1);
    }

    [Fact]
    public void Converges_to_a_zero_gradient_of_the_penalised_loss()
    {
        var model = Create(("l2", 0.5));

        model.Fit(Noisy, All(Noisy), []);

        // Gradient of Σ logloss + λ/2‖β‖² at the solution, computed independently of the model's code.
        var theta = model.Parameters.ToArray();
        var gradient = ObjectiveGradient(Noisy, theta, 0.5);
        Assert.All(gradient, g => Assert.InRange(g, -1e-6, 1e-6));
    }

    [Fact]
    public void Integer_weights_equal_repeated_rows_and_zero_weights_equal_omitted_rows()
    {
        var weighted = Create();
        var repeated = Create();
        var omitted = Create();
        int[] rows = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        double[] weights = [2, 1, 0, 3, 1, 1, 0, 1, 2, 1, 1, 1];

        weighted.Fit(Noisy, rows, weights);
        repeated.Fit(Noisy, rows.SelectMany((r, i) => Enumerable.Repeat(r, (int)weights[i])).ToArray(), []);
        var kept = Enumerable.Range(0, rows.Length).Where(i => weights[i] > 0).ToArray();
        omitted.Fit(Noisy, kept.Select(i => rows[i]).ToArray(), kept.Select(i => weights[i]).ToArray());

        AssertClose(repeated.Parameters, weighted.Parameters, 1e-7);
        AssertClose(omitted.Parameters, weighted.Parameters, 1e-7);
        var uniform = Create();
        uniform.Fit(Noisy, rows, []);
        Assert.True(Math.Abs(uniform.Parameters[0] - weighted.Parameters[0]) > 1e-3, "weights changed nothing");
    }

    [Fact]
    public void Warm_start_reaches_the_same_solution_with_fewer_hessian_factorisations()
    {
        var full = Create();
        full.Fit(Noisy, All(Noisy), []);
        var without = All(Noisy).Where(r => r != 7).ToArray();
        var cold = Create();
        var warm = Create();

        cold.Fit(Noisy, without, []);
        warm.Fit(Noisy, without, [], full);

        AssertClose(cold.Parameters, warm.Parameters, 1e-7);
        Assert.True(warm.LastFactorisations < cold.LastFactorisations, $"warm {warm.LastFactorisations} vs cold {cold.LastFactorisations}");
        Assert.Equal(cold.LastIterations, cold.LastFactorisations); // cold fits take plain Newton steps
        Assert.True(warm.Converged && cold.Converged);
    }

    [Fact]
    public void Warm_start_from_a_distant_subset_still_reaches_the_cold_solution()
    {
        // The start's Hessian factor is a poor model of the full data's: its steps must be refused, not trusted.
        var start = Create();
        start.Fit(Noisy, [.. All(Noisy).Where(r => Noisy.Labels[r] == 0).Take(3), .. All(Noisy).Where(r => Noisy.Labels[r] == 1).Take(3)], []);
        var cold = Create();
        var warm = Create();

        cold.Fit(Noisy, All(Noisy), []);
        warm.Fit(Noisy, All(Noisy), [], start);

        Assert.True(warm.Converged && cold.Converged);
        AssertClose(cold.Parameters, warm.Parameters, 1e-7);
        Assert.True(warm.LastFactorisations > 0, "the borrowed factor was never replaced");
    }

    [Fact]
    public void Fitting_is_deterministic()
    {
        var a = Create();
        var b = Create();

        a.Fit(Noisy, All(Noisy), []);
        b.Fit(Noisy, All(Noisy), []);

        Assert.Equal(a.Parameters.ToArray(), b.Parameters.ToArray());
        Assert.Equal(Scoring.Predict(a, Noisy), Scoring.Predict(b, Noisy));
    }

    [Fact]
    public void Stronger_l2_shrinks_the_coefficients()
    {
        var weak = Create(("l2", 0.01));
        var strong = Create(("l2", 100));

        weak.Fit(Noisy, All(Noisy), []);
        strong.Fit(Noisy, All(Noisy), []);

        Assert.True(Math.Abs(strong.Parameters[0]) < Math.Abs(weak.Parameters[0]) / 5);
    }

    [Fact]
    public void An_empty_fit_predicts_one_half_for_both_classes()
    {
        var model = Create();
        model.Fit(Noisy, [], []);

        var predictions = Scoring.Predict(model, Noisy);

        Assert.All(predictions, s => Assert.Equal(0.5, s));
        Assert.Equal(0.5, Scoring.Score(model, Noisy, "accuracy"));
        Assert.Equal(Math.Log(0.5), Scoring.Score(model, Noisy, "log-likelihood"), 12);
        Assert.Equal(0.5, Scoring.Score(model, Noisy, "auc"));
    }

    [Fact]
    public void A_single_class_fit_predicts_the_smoothed_majority_prior()
    {
        var ones = All(Noisy).Where(r => Noisy.Labels[r] == 1.0).Take(3).ToArray();
        var model = Create();
        model.Fit(Noisy, ones, []);

        var predictions = Scoring.Predict(model, Noisy.Select([0]));

        Assert.Equal(0.5 / 4.0, predictions[0], 15);
        Assert.Equal(3.5 / 4.0, predictions[1], 15);
        Assert.Equal(0, model.LastIterations);
        Assert.Equal(Noisy.Labels.ToArray().Average(), Scoring.Score(model, Noisy, "accuracy"), 12);
    }

    [Fact]
    public void Loss_gradients_match_central_differences_of_the_per_sample_log_loss()
    {
        var model = Create(("l2", 0.5));
        model.Fit(Noisy, All(Noisy), []);
        var theta = Theta(model);
        int[] rows = [0, 5, 17, 42];
        var gradients = new double[rows.Length * theta.Length];

        model.LossGradients(Noisy, rows, gradients);

        Assert.Equal(4, model.ParameterCount);
        const double h = 1e-6;
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < theta.Length; j++)
            {
                var plus = (double[])theta.Clone();
                var minus = (double[])theta.Clone();
                plus[j] += h;
                minus[j] -= h;
                var numeric = (LogLoss(Noisy, rows[i], plus) - LogLoss(Noisy, rows[i], minus)) / (2 * h);
                Assert.Equal(numeric, gradients[(i * theta.Length) + j], 1e-7);
            }
        }
    }

    [Fact]
    public void Weighted_loss_gradients_plus_the_penalty_gradient_vanish_at_the_fit()
    {
        const double l2 = 0.3;
        var model = Create(("l2", l2));
        var rows = All(Noisy).Where(r => r % 3 != 1).ToArray();
        var weights = rows.Select(r => 0.5 + (r % 4)).ToArray();
        model.Fit(Noisy, rows, weights);
        var theta = Theta(model);
        var p = theta.Length;
        var gradients = new double[rows.Length * p];

        model.LossGradients(Noisy, rows, gradients);

        var total = new double[p];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < p; j++)
            {
                total[j] += weights[i] * gradients[(i * p) + j];
            }
        }

        for (var j = 0; j < p - 1; j++)
        {
            total[j] += l2 * theta[j];
        }

        Assert.True(model.Converged);
        Assert.All(total, g => Assert.InRange(g, -1e-6, 1e-6));
    }

    [Fact]
    public void Hessian_matches_central_differences_of_the_objective_gradient_and_is_symmetric()
    {
        const double l2 = 0.5;
        var model = Create(("l2", l2));
        model.Fit(Noisy, All(Noisy), []);
        var theta = Theta(model);
        var p = theta.Length;
        var hessian = new double[p * p];

        Assert.True(model.TryComputeHessian(Noisy, All(Noisy), hessian));

        const double h = 1e-5;
        for (var b = 0; b < p; b++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[b] += h;
            minus[b] -= h;
            var gradientPlus = ObjectiveGradient(Noisy, plus, l2);
            var gradientMinus = ObjectiveGradient(Noisy, minus, l2);
            for (var a = 0; a < p; a++)
            {
                Assert.Equal((gradientPlus[a] - gradientMinus[a]) / (2 * h), hessian[(a * p) + b], 1e-5);
                Assert.Equal(hessian[(a * p) + b], hessian[(b * p) + a]);
            }
        }
    }

    [Fact]
    public void Hessian_vector_products_equal_the_Hessian_times_the_vector()
    {
        var model = Create(("l2", 0.5));
        model.Fit(Noisy, All(Noisy), []);
        var p = model.ParameterCount;
        var rows = All(Noisy).Take(40).ToArray();
        var hessian = new double[p * p];
        Assert.True(model.TryComputeHessian(Noisy, rows, hessian));
        double[] vector = [0.3, -1.2, 2.0, 0.7];
        var product = new double[p];

        model.HessianVectorProduct(Noisy, rows, vector, product);

        for (var a = 0; a < p; a++)
        {
            var expected = 0.0;
            for (var b = 0; b < p; b++)
            {
                expected += hessian[(a * p) + b] * vector[b];
            }

            Assert.Equal(expected, product[a], 1e-9);
        }
    }

    [Fact]
    public void The_full_Hessian_is_refused_above_2048_parameters()
    {
        // 2047 features + intercept = 2048 parameters: the largest Hessian written; one more feature is too many.
        var atLimit = new SampleSet(new float[2 * 2047], 2047, [0, 1]);
        var overLimit = new SampleSet(new float[2 * 2048], 2048, [0, 1]);
        var small = Create();
        var large = Create();
        small.Fit(atLimit, [], []);
        large.Fit(overLimit, [], []);

        Assert.Equal(2049, large.ParameterCount);
        Assert.False(large.TryComputeHessian(overLimit, [0, 1], []));
        Assert.True(small.TryComputeHessian(atLimit, [0, 1], new double[2048 * 2048]));
    }

    [Fact]
    public void Checkpoints_are_the_Newton_iterates_from_the_cold_start()
    {
        var model = Create();
        model.Fit(Noisy, All(Noisy), []);
        var checkpoints = model.Checkpoints;

        Assert.NotEmpty(checkpoints);
        Assert.Equal(model.LastIterations, checkpoints.Count);
        Assert.Equal(Enumerable.Range(1, checkpoints.Count), checkpoints.Select(c => c.Step));
        Assert.All(checkpoints, c => Assert.InRange(c.StepSize, double.Epsilon, 1.0));

        // The cold start: β = 0 and the intercept at the log-odds of the class weights.
        var ones = Noisy.Labels.ToArray().Sum();
        var first = Theta(checkpoints[0].Model);
        Assert.Equal([0.0, 0.0, 0.0, Math.Log(ones / (Noisy.Count - ones))], first);
        Assert.NotEqual(Theta(model), Theta(checkpoints[^1].Model));
    }

    [Fact]
    public void Checkpoints_are_frozen_but_predict_and_differentiate()
    {
        var model = Create();
        model.Fit(Noisy, All(Noisy), []);
        var checkpoint = model.Checkpoints[0].Model;
        var gradients = new double[4];

        checkpoint.LossGradients(Noisy, [3], gradients);

        Assert.Throws<InvalidOperationException>(() => checkpoint.Fit(Noisy, All(Noisy), []));
        Assert.Equal(Noisy.Count * 2, Scoring.Predict(checkpoint, Noisy).Length);
        Assert.Contains(gradients, g => g != 0);
    }

    [Fact]
    public void Gradient_members_throw_before_the_first_fit()
    {
        var model = Create();
        var buffer = new double[16];

        Assert.Equal(0, model.ParameterCount);
        Assert.Empty(model.Checkpoints);
        Assert.Throws<InvalidOperationException>(() => model.CopyParameters(buffer.AsSpan(0, 4)));
        Assert.Throws<InvalidOperationException>(() => model.LossGradients(Noisy, [0], buffer.AsSpan(0, 4)));
        Assert.Throws<InvalidOperationException>(() => model.HessianVectorProduct(Noisy, [0], buffer.AsSpan(0, 4), buffer.AsSpan(4, 4)));
        Assert.Throws<InvalidOperationException>(() => model.TryComputeHessian(Noisy, [0], buffer));
    }

    private static double[] Theta(IGradientModel model)
    {
        var theta = new double[model.ParameterCount];
        model.CopyParameters(theta);
        return theta;
    }

    private static double Margin(ReadOnlySpan<double> theta, ReadOnlySpan<float> features)
    {
        var z = theta[^1];
        for (var f = 0; f < features.Length; f++)
        {
            z += theta[f] * features[f];
        }

        return z;
    }

    // ℓ = log(1 + e^z) − y·z.
    private static double LogLoss(SampleSet data, int row, double[] theta)
    {
        var z = Margin(theta, data.Row(row));
        return Math.Log(1.0 + Math.Exp(z)) - (data.Labels[row] * z);
    }

    // ∇ of Σ ℓᵢ + λ/2·‖β‖² over every row of the data (intercept unpenalised).
    private static double[] ObjectiveGradient(SampleSet data, double[] theta, double l2)
    {
        var d = data.FeatureCount;
        var gradient = new double[d + 1];
        for (var i = 0; i < data.Count; i++)
        {
            var residual = (1.0 / (1.0 + Math.Exp(-Margin(theta, data.Row(i))))) - data.Labels[i];
            for (var f = 0; f < d; f++)
            {
                gradient[f] += residual * data.Row(i)[f];
            }

            gradient[d] += residual;
        }

        for (var f = 0; f < d; f++)
        {
            gradient[f] += l2 * theta[f];
        }

        return gradient;
    }

    private static void AssertClose(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.InRange(actual[i], expected[i] - tolerance, expected[i] + tolerance);
        }
    }
}
