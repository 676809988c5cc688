using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.LinearRegression;

/// <summary>
/// Ridge regression's exact leave-one-out in closed form, a test oracle for retraining and influence estimators. With
/// H = XᵀWX + λĨ, residual eᵢ = yᵢ − θᵀx̃ᵢ and leverage hᵢ = x̃ᵢᵀH⁻¹x̃ᵢ, removing row i (Sherman–Morrison) gives
/// θ₋ᵢ = θ − wᵢ·eᵢ/(1 − wᵢhᵢ)·H⁻¹x̃ᵢ and the leave-one-out residual yᵢ − θ₋ᵢᵀx̃ᵢ = eᵢ/(1 − wᵢhᵢ): one factorisation
/// instead of n refits. A row with wᵢhᵢ = 1 (nothing else pins its direction) has no finite answer; its entries are
/// then infinite or NaN.
/// </summary>
internal sealed class RidgeLeaveOneOut
{
    private readonly double[] _parameters;

    private RidgeLeaveOneOut(int dimension, double[] parameters, double[] residuals)
    {
        Dimension = dimension;
        _parameters = parameters;
        Residuals = residuals;
    }

    /// <summary>p.</summary>
    public int Dimension { get; }

    /// <summary>yᵢ − θ₋ᵢᵀx̃ᵢ per fitted row, in the order of the rows.</summary>
    public IReadOnlyList<double> Residuals { get; }

    /// <summary>The closed-form leave-one-out of the fit <paramref name="options"/> makes on <paramref name="rows"/>.</summary>
    public static RidgeLeaveOneOut Compute(LinearRegressionOptions options, SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        var problem = RidgeProblem.Create(data, rows, weights, options);
        var p = problem.Dimension;
        var hessian = new double[p * p];
        var rhs = new double[p];
        problem.NormalEquations(hessian, rhs);
        var factor = CholeskySolver.Factor(hessian, p);
        var theta = new double[p];
        factor.Solve(rhs, theta);

        var parameters = new double[problem.Count * p];
        var residuals = new double[problem.Count];
        var design = new double[p];
        var direction = new double[p];
        for (var i = 0; i < problem.Count; i++)
        {
            problem.Design(i, design);
            factor.Solve(design, direction);
            var residual = problem.Label(i) - FitMath.Dot(theta, design);
            var shrink = 1.0 - (problem.Weight(i) * FitMath.Dot(design, direction));
            var step = problem.Weight(i) * residual / shrink;
            for (var a = 0; a < p; a++)
            {
                parameters[(i * p) + a] = theta[a] - (step * direction[a]);
            }

            residuals[i] = residual / shrink;
        }

        return new RidgeLeaveOneOut(p, parameters, residuals);
    }

    /// <summary>θ₋ᵢ for the i-th fitted row (an index into the rows, not the table).</summary>
    public ReadOnlySpan<double> ParametersWithout(int i) => _parameters.AsSpan(i * Dimension, Dimension);
}
