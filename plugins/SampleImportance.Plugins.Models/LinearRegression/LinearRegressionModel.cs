using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.LinearRegression;

/// <summary>
/// Ridge regression minimising Σ wᵢ·½(yᵢ − θᵀx̃ᵢ)² + λ/2·‖β‖² (see <see cref="RidgeProblem"/>) in closed form: one
/// Cholesky solve of the normal equations, O(n·p² + p³). Features are used raw, as by logistic regression, so a subset's
/// utility depends on the subset only. A fit with no rows (or no weight) predicts 0: the growing ridge of
/// <see cref="CholeskySolver"/> makes the singular system solvable and its solution is θ = 0. A warm start is accepted and
/// ignored: the closed form is the optimum from anywhere. Its gradients are in <c>LinearRegressionModel.Gradients.cs</c>.
/// </summary>
internal sealed partial class LinearRegressionModel : IGradientModel
{
    private readonly LinearRegressionOptions _options;
    private double[] _theta = [];
    private int _featureCount;
    private bool _fitted;

    public LinearRegressionModel(LinearRegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>One regression score per row.</summary>
    public int Outputs => 1;

    /// <summary>The options this model fits with (the leave-one-out oracle reuses them).</summary>
    internal LinearRegressionOptions Options => _options;

    /// <summary>Coefficients then the intercept (when fitted); empty before the first fit.</summary>
    internal ReadOnlySpan<double> Parameters => _theta;

    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problem = RidgeProblem.Create(data, rows, weights, _options);
        _theta = Solve(problem);
        _featureCount = data.FeatureCount;
        _fitted = true;
    }

    /// <summary>Writes θᵀx̃ per row.</summary>
    public void Predict(SampleSet data, Span<double> predictions)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckFitted(data);
        FitMath.CheckLength(predictions.Length, data.Count, nameof(predictions));
        for (var i = 0; i < data.Count; i++)
        {
            predictions[i] = Score(_theta, data.Row(i));
        }
    }

    /// <summary>θ = (XᵀWX + λĨ)⁻¹XᵀWy.</summary>
    internal static double[] Solve(RidgeProblem problem)
    {
        var p = problem.Dimension;
        var hessian = new double[p * p];
        var rhs = new double[p];
        problem.NormalEquations(hessian, rhs);
        var theta = new double[p];
        CholeskySolver.Solve(hessian, rhs, theta, p);
        return theta;
    }

    private static double Score(ReadOnlySpan<double> theta, ReadOnlySpan<float> row)
    {
        var d = row.Length;
        var score = theta.Length > d ? theta[d] : 0.0;
        for (var f = 0; f < d; f++)
        {
            score += theta[f] * row[f];
        }

        return score;
    }

    private void CheckFitted(SampleSet data)
    {
        if (!_fitted)
        {
            throw new InvalidOperationException("The model has not been fitted.");
        }

        if (data.FeatureCount != _featureCount)
        {
            throw new ArgumentException($"The model was fitted on {_featureCount} features, the data has {data.FeatureCount}.", nameof(data));
        }
    }
}
