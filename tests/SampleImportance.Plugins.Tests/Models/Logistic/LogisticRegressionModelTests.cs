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
        (LogisticRegressionModel)new LogisticRegressionModelFactory().Create(Contexts.Parameters(parameters));

    private static int[] All(SampleSet data) => Enumerable.Range(0, data.Count).ToArray();

    [Fact]
    public void Learns_a_separable_problem()
    {
        var model = Create();

        model.Fit(Separable, All(Separable), []);

        Assert.True(model.Converged);
        Assert.Equal(1.0, model.Score(Separable, "accuracy"));
        Assert.True(model.Score(SeparableValidation, "accuracy") >= 0.98);
        Assert.Equal(1.0, model.Score(SeparableValidation, "auc"), 10);
        Assert.True(model.Score(SeparableValidation, "log-likelihood") > -0.1);
    }

    [Fact]
    public void Converges_to_a_zero_gradient_of_the_penalised_loss()
    {
        var model = Create(("l2", 0.5));

        model.Fit(Noisy, All(Noisy), []);

        // Gradient of Σ logloss + λ/2‖β‖² at the solution, computed independently.
        var theta = model.Parameters.ToArray();
        var gradient = new double[theta.Length];
        for (var i = 0; i < Noisy.Count; i++)
        {
            var z = theta[^1];
            for (var f = 0; f < 3; f++)
            {
                z += theta[f] * Noisy.Row(i)[f];
            }

            var residual = (1.0 / (1.0 + Math.Exp(-z))) - Noisy.Labels[i];
            for (var f = 0; f < 3; f++)
            {
                gradient[f] += residual * Noisy.Row(i)[f];
            }

            gradient[^1] += residual;
        }

        for (var f = 0; f < 3; f++)
        {
            gradient[f] += 0.5 * theta[f];
        }

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
    public void Warm_start_reaches_the_same_solution_in_fewer_iterations()
    {
        var full = Create();
        full.Fit(Noisy, All(Noisy), []);
        var without = All(Noisy).Where(r => r != 7).ToArray();
        var cold = Create();
        var warm = Create();

        cold.Fit(Noisy, without, []);
        warm.Fit(Noisy, without, [], full);

        AssertClose(cold.Parameters, warm.Parameters, 1e-7);
        Assert.True(warm.LastIterations < cold.LastIterations, $"warm {warm.LastIterations} vs cold {cold.LastIterations}");
        Assert.True(warm.Converged && cold.Converged);
    }

    [Fact]
    public void Fitting_is_deterministic()
    {
        var a = Create();
        var b = Create();

        a.Fit(Noisy, All(Noisy), []);
        b.Fit(Noisy, All(Noisy), []);

        Assert.Equal(a.Parameters.ToArray(), b.Parameters.ToArray());
    }

    [Fact]
    public void An_empty_fit_predicts_one_half_and_scores_one_half_accuracy()
    {
        var model = Create();
        model.Fit(Noisy, [], []);
        var scores = new double[Noisy.Count];

        model.Predict(Noisy, scores);

        Assert.All(scores, s => Assert.Equal(0.5, s));
        Assert.Equal(0.5, model.Score(Noisy, "accuracy"));
        Assert.Equal(Math.Log(0.5), model.Score(Noisy, "log-likelihood"), 12);
        Assert.Equal(0.5, model.Score(Noisy, "auc"));
    }

    [Fact]
    public void A_single_class_fit_predicts_the_smoothed_majority_prior()
    {
        var ones = All(Noisy).Where(r => Noisy.Labels[r] == 1.0).Take(3).ToArray();
        var model = Create();
        model.Fit(Noisy, ones, []);
        var scores = new double[1];

        model.Predict(Noisy.Select([0]), scores);

        Assert.Equal(3.5 / 4.0, scores[0], 15);
        Assert.Equal(0, model.LastIterations);
        Assert.Equal(Noisy.Labels.ToArray().Average(), model.Score(Noisy, "accuracy"), 12);
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
    public void Non_binary_labels_and_unknown_metrics_are_rejected()
    {
        var threeClasses = new SampleSet([0f, 1f, 2f], 1, [0, 1, 2]);

        Assert.Throws<ArgumentException>(() => Create().Fit(threeClasses, [0, 1, 2], []));
        Assert.Throws<ArgumentException>(() => Create().Score(Noisy, "knn-likelihood"));
    }

    [Fact]
    public void Describe_declares_warm_start_weights_metrics_and_parameters()
    {
        var descriptor = new LogisticRegressionModelFactory().Describe();

        Assert.Equal(ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights, descriptor.Capabilities);
        Assert.Equal(["accuracy", "log-likelihood", "auc"], descriptor.Metrics);
        Assert.Equal(["l2", "max-iterations", "tolerance"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["1", "100", "1e-8"], descriptor.Parameters.Select(p => p.Default));
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
