using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.LinearRegression;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Models.LinearRegression;

public class LinearRegressionModelTests
{
    private static readonly SampleSet Data = RegressionData.Linear(40, 3, 201, noise: 0.7);

    private static LinearRegressionModel Create(params (string, object)[] parameters) =>
        (LinearRegressionModel)Contexts.Model(new LinearRegressionModelFactory(), null, parameters);

    private static int[] All(SampleSet data) => Enumerable.Range(0, data.Count).ToArray();

    private static LinearRegressionModel Fitted(double l2 = 1e-3)
    {
        var model = Create(("l2", l2));
        model.Fit(Data, All(Data), []);
        return model;
    }

    [Fact]
    public void Describe_declares_gradients_score_predictions_mse_and_parameters()
    {
        var descriptor = new LinearRegressionModelFactory().Describe();

        Assert.Equal("linear-regression", descriptor.Id);
        Assert.Equal(ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights | ModelCapabilities.Gradients, descriptor.Capabilities);
        Assert.Equal(PredictionKind.Score, descriptor.Predictions);
        Assert.Equal("mse", descriptor.DefaultMetric);
        Assert.Equal(
            [("l2", ParameterKind.Number, "0.001"), ("fit-intercept", ParameterKind.Boolean, "true")],
            descriptor.Parameters.Select(p => (p.Name, p.Kind, p.Default)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-3)]
    [InlineData(5.0)]
    public void The_fit_solves_the_normal_equations(double l2)
    {
        var expected = RegressionData.RidgeParameters(Data, All(Data), l2);

        var model = Fitted(l2);

        AssertClose(expected, model.Parameters, 1e-9);
        var predictions = Scoring.Predict(model, Data);
        for (var i = 0; i < Data.Count; i++)
        {
            Assert.Equal(RegressionData.Design(Data, i).Zip(expected, (a, b) => a * b).Sum(), predictions[i], 9);
        }
    }

    [Fact]
    public void Without_an_intercept_the_fit_is_the_penalised_least_squares_through_the_origin()
    {
        var model = Create(("fit-intercept", "false"), ("l2", 0.0));
        var line = new SampleSet([1f, 2f, 3f], 1, [2.0, 3.0, 7.0]);

        model.Fit(line, [0, 1, 2], []);

        // β = Σxy / Σx² = (2 + 6 + 21) / 14.
        Assert.Equal(1, model.ParameterCount);
        Assert.Equal(29.0 / 14.0, model.Parameters[0], 12);
    }

    [Fact]
    public void Integer_weights_equal_repeated_rows()
    {
        int[] rows = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        double[] weights = [2, 1, 0, 3, 1, 1, 0, 1, 2, 1];
        var weighted = Create();
        var repeated = Create();

        weighted.Fit(Data, rows, weights);
        repeated.Fit(Data, rows.SelectMany((r, i) => Enumerable.Repeat(r, (int)weights[i])).ToArray(), []);

        AssertClose(repeated.Parameters.ToArray(), weighted.Parameters, 1e-9);
    }

    [Fact]
    public void No_rows_predict_zero_and_a_warm_start_changes_nothing()
    {
        var empty = Create();
        empty.Fit(Data, [], []);
        var warm = Create();
        warm.Fit(Data, All(Data), [], Fitted(5.0));

        Assert.All(Scoring.Predict(empty, Data), p => Assert.Equal(0.0, p));
        AssertClose(Fitted().Parameters.ToArray(), warm.Parameters, 0);
    }

    [Fact]
    public void Non_finite_labels_are_refused()
    {
        var bad = new SampleSet([0f, 1f], 1, [0.0, double.NaN]);

        Assert.Throws<ArgumentException>(() => Create().Fit(bad, [0, 1], []));
    }

    [Fact]
    public void Loss_gradients_match_finite_differences_of_the_squared_error()
    {
        var model = Fitted();
        var theta = new double[model.ParameterCount];
        model.CopyParameters(theta);
        int[] rows = [0, 5, 17];
        var gradients = new double[rows.Length * theta.Length];

        model.LossGradients(Data, rows, gradients);

        const double H = 1e-5;
        for (var r = 0; r < rows.Length; r++)
        {
            for (var a = 0; a < theta.Length; a++)
            {
                var plus = (double[])theta.Clone();
                var minus = (double[])theta.Clone();
                plus[a] += H;
                minus[a] -= H;
                var numeric = (Loss(rows[r], plus) - Loss(rows[r], minus)) / (2 * H);
                Assert.Equal(numeric, gradients[(r * theta.Length) + a], 7);
            }
        }

        // At the optimum the summed gradients cancel the penalty: Σgᵢ + λ·(β, 0) = 0.
        var all = new double[Data.Count * theta.Length];
        model.LossGradients(Data, All(Data), all);
        for (var a = 0; a < theta.Length; a++)
        {
            var sum = Enumerable.Range(0, Data.Count).Sum(i => all[(i * theta.Length) + a]) + (a < 3 ? 1e-3 * theta[a] : 0.0);
            Assert.Equal(0.0, sum, 9);
        }
    }

    [Fact]
    public void The_hessian_is_the_normal_matrix_and_the_hessian_vector_product_multiplies_it()
    {
        var model = Fitted(0.3);
        var rows = Enumerable.Range(0, 25).ToArray();
        var expected = RegressionData.Hessian(Data, rows, 0.3);
        var p = model.ParameterCount;
        var hessian = new double[p * p];
        double[] v = [0.3, -1.2, 2.0, 0.7];
        var product = new double[p];

        Assert.True(model.TryComputeHessian(Data, rows, hessian));
        model.HessianVectorProduct(Data, rows, v, product);

        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                Assert.Equal(expected[a, b], hessian[(a * p) + b], 9);
            }
        }

        AssertClose(RegressionData.Multiply(expected, v), product, 1e-9);
    }

    [Fact]
    public void Closed_form_leave_one_out_equals_brute_force_refits()
    {
        var model = Fitted(0.2);
        var rows = All(Data);
        double[] weights = [.. rows.Select(i => 1.0 + (i % 3))];

        var oracle = RidgeLeaveOneOut.Compute(model.Options, Data, rows, weights);

        for (var i = 0; i < Data.Count; i++)
        {
            var without = rows.Where(r => r != i).ToArray();
            var refit = Create(("l2", 0.2));
            refit.Fit(Data, without, [.. without.Select(r => weights[r])]);
            AssertClose(refit.Parameters.ToArray(), oracle.ParametersWithout(i), 1e-9);
            var prediction = RegressionData.Design(Data, i).Zip(refit.Parameters.ToArray(), (a, b) => a * b).Sum();
            Assert.Equal(Data.Labels[i] - prediction, oracle.Residuals[i], 9);
        }
    }

    private static double Loss(int row, double[] theta)
    {
        var residual = Data.Labels[row] - RegressionData.Design(Data, row).Zip(theta, (a, b) => a * b).Sum();
        return 0.5 * residual * residual;
    }

    private static void AssertClose(double[] expected, ReadOnlySpan<double> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * Math.Max(1.0, Math.Abs(expected[i])), $"entry {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
