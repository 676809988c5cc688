using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.DataInf;
using SampleImportance.Plugins.Estimators.Influence;
using SampleImportance.Plugins.Models.LinearRegression;
using SampleImportance.Plugins.Tests.Estimators.Influence;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.DataInf;

public class DataInfEstimatorTests
{
    private static readonly DataInfEstimator Estimator = new();
    private static readonly SampleSet Train = RegressionData.Linear(50, 3, 401, noise: 0.5, 4, 22);
    private static readonly SampleSet Validation = RegressionData.Linear(40, 3, 402, noise: 0.5);

    [Fact]
    public void Describe_declares_gradients_and_the_lambda_factor_of_the_papers_code()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("datainf", descriptor.Id);
        Assert.Equal(EstimatorRequirements.FittedModel | EstimatorRequirements.Gradients, descriptor.Requirements);
        Assert.Equal([("lambda-factor", "0.1")], descriptor.Parameters.Select(p => (p.Name, p.Default)));
    }

    [Fact]
    public async Task Three_rows_match_the_papers_formula_by_hand()
    {
        var train = new SampleSet([0f, 1f, 3f], 1, [1.0, 0.0, 4.0]);
        var validation = new SampleSet([2f, -1f], 1, [1.5, 0.5]);
        var theta = RegressionData.RidgeParameters(train, [0, 1, 2], 1e-3);
        var g = Enumerable.Range(0, 3).Select(i => RegressionData.Gradient(train, i, theta)).ToArray();
        var v = RegressionData.Gradient(validation, 0, theta).Zip(RegressionData.Gradient(validation, 1, theta), (a, b) => (a + b) / 2).ToArray();

        // λ = mean(gᵢ²) / 10 over every entry; (G + λI)⁻¹v ≈ (1/(nλ))Σᵢ(v − (gᵢᵀv)/(λ + ‖gᵢ‖²)·gᵢ); value = gᵢᵀ·that / n.
        var lambda = g.Average(gi => gi.Average(x => x * x)) / 10;
        var u = new double[2];
        foreach (var gi in g)
        {
            var c = (gi[0] * v[0] + gi[1] * v[1]) / (lambda + (gi[0] * gi[0]) + (gi[1] * gi[1]));
            u[0] += (v[0] - (c * gi[0])) / (3 * lambda);
            u[1] += (v[1] - (c * gi[1])) / (3 * lambda);
        }

        double[] expected = [.. g.Select(gi => ((gi[0] * u[0]) + (gi[1] * u[1])) / 3)];

        var result = await InfluenceEstimatorTests.Run(Estimator, train, validation, new LinearRegressionModelFactory());

        Assert.True(InfluenceEstimatorTests.RelativeError(expected, result.Values) <= 1e-12);
        Assert.Contains(result.Values, value => Math.Abs(value) > 1e-3);
    }

    [Fact]
    public async Task One_row_is_the_exact_inverse_of_its_outer_product_plus_lambda()
    {
        // One training row, two features, no intercept and a strong penalty, so the residual (and gradient) is not zero.
        var train = new SampleSet([1f, 2f], 2, [3.0]);
        var validation = new SampleSet([0.5f, -1f, 2f, 1f], 2, [0.0, 2.0]);
        var modelParameters = Contexts.Parameters(("l2", 4), ("fit-intercept", "false"));
        var model = Contexts.Model(new LinearRegressionModelFactory(), null, ("l2", 4), ("fit-intercept", "false"));
        model.Fit(train, [0], []);
        var gradients = (IGradientModel)model;
        var g = new double[2];
        var vRows = new double[4];
        gradients.LossGradients(train, [0], g);
        gradients.LossGradients(validation, [0, 1], vRows);
        double[] v = [(vRows[0] + vRows[2]) / 2, (vRows[1] + vRows[3]) / 2];
        var lambda = 0.1 * ((g[0] * g[0]) + (g[1] * g[1])) / 2;
        var inverse = RegressionData.Inverse(new[,] { { (g[0] * g[0]) + lambda, g[0] * g[1] }, { g[0] * g[1], (g[1] * g[1]) + lambda } });
        var s = RegressionData.Multiply(inverse, v);

        var result = await Estimator.EstimateAsync(
            Contexts.Create(Estimator, train, validation, new LinearRegressionModelFactory(), modelParameters: modelParameters),
            CancellationToken.None);

        Assert.Equal((g[0] * s[0]) + (g[1] * s[1]), result.Values[0], 12);
        Assert.NotEqual(0.0, result.Values[0]);
    }

    [Fact]
    public async Task Datainf_ranks_rows_like_exact_influence_and_leave_one_out()
    {
        var exact = await InfluenceEstimatorTests.Run(new InfluenceEstimator(), Train, Validation, new LinearRegressionModelFactory());
        var loo = InfluenceEstimatorTests.LeaveOneOutLossChange(Train, Validation);

        var result = await InfluenceEstimatorTests.Run(Estimator, Train, Validation, new LinearRegressionModelFactory());

        var withInfluence = Spearman.Correlation(result.Values, exact.Values);
        var withLeaveOneOut = Spearman.Correlation(result.Values, loo);
        Assert.True(withInfluence >= 0.9 && withLeaveOneOut >= 0.85, $"Spearman with influence {withInfluence:F4}, with leave-one-out {withLeaveOneOut:F4}");
        var top = Enumerable.Range(0, Train.Count).MaxBy(i => result.Values[i]);
        var bottom = Enumerable.Range(0, Train.Count).MinBy(i => result.Values[i]);
        Assert.True(loo[top] > 0 && loo[bottom] < 0, $"top {loo[top]:G3}, bottom {loo[bottom]:G3}");
    }
}
