using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.LinearRanker;

/// <summary>
/// A linear scorer s = wᵀx minimising the pairwise logistic (RankNet) loss over pairs within each query group plus
/// λ/2·‖w‖² (see <see cref="PairwiseProblem"/>) by Newton's method with a backtracking line search: the objective is
/// strictly convex for λ &gt; 0, so the fit is the unique optimum, reached in a few deterministic steps whether it starts
/// cold (w = 0) or warm. No intercept: a shift of every score leaves every pair unchanged. Features are used raw, as by
/// logistic regression. Its gradients are in <c>LinearRankerModel.Gradients.cs</c>.
/// </summary>
internal sealed partial class LinearRankerModel : IGradientModel
{
    private const double ArmijoSlope = 1e-4;
    private const double RoundingLevel = 1e-12;
    private readonly LinearRankerOptions _options;

    // The weights; all zero after a fit without pairs (every score ties).
    private double[] _theta = [];
    private int _featureCount;
    private bool _fitted;

    public LinearRankerModel(LinearRankerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>One ranking score per row.</summary>
    public int Outputs => 1;

    /// <summary>Newton steps taken by the last fit (0 when it had no pairs or started at the optimum).</summary>
    internal int LastIterations { get; private set; }

    /// <summary>Whether the last fit met the gradient tolerance within the iteration limit.</summary>
    internal bool Converged { get; private set; }

    /// <summary>Pairs the last fit saw.</summary>
    internal int LastPairCount { get; private set; }

    /// <summary>The weights w.</summary>
    internal ReadOnlySpan<double> Parameters => _theta;

    /// <summary>
    /// Fits from w = 0, or from <paramref name="warmStart"/>'s weights when it is a fitted linear ranker on the same
    /// feature count. Rows without a differently labelled partner in their group add no pair; with no pairs at all the
    /// optimum is w = 0 and every row scores 0.
    /// </summary>
    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problem = PairwiseProblem.Create(data, rows, weights, _options.L2);
        var d = data.FeatureCount;
        _featureCount = d;
        _fitted = true;
        LastIterations = 0;
        LastPairCount = problem.PairCount;
        var theta = new double[d];
        if (problem.TotalPairWeight <= 0)
        {
            _theta = theta;
            Converged = true;
            return;
        }

        if (warmStart is LinearRankerModel { _fitted: true } other && other._featureCount == d)
        {
            other._theta.CopyTo(theta, 0);
        }

        Converged = false;
        var threshold = _options.Tolerance * problem.TotalPairWeight;
        var gradient = new double[d];
        var hessian = new double[d * d];
        var step = new double[d];
        var trial = new double[d];
        while (true)
        {
            var objective = problem.Derivatives(theta, gradient, hessian);
            if (FitMath.MaxAbs(gradient) <= threshold)
            {
                Converged = true;
                break;
            }

            if (LastIterations == _options.MaxIterations)
            {
                break;
            }

            CholeskySolver.Solve(hessian, gradient, step, d);
            var slope = FitMath.Dot(gradient, step);
            // Halve t until the Armijo test passes. Once the predicted decrease gᵀH⁻¹g is below the objective's
            // rounding the test compares noise and would stall the fit short of its tolerance, so near the optimum
            // the full Newton step is taken.
            var exact = slope <= RoundingLevel * Math.Abs(objective);
            for (var t = 1.0; ; t *= 0.5)
            {
                for (var j = 0; j < d; j++)
                {
                    trial[j] = theta[j] - (t * step[j]);
                }

                if (exact || t < 1e-12 || problem.Objective(trial) <= objective - (ArmijoSlope * t * slope))
                {
                    break;
                }
            }

            (theta, trial) = (trial, theta);
            LastIterations++;
        }

        _theta = theta;
    }

    /// <summary>Writes s = wᵀx per row; 0 for every row before the first fit (all tied, like a fit without pairs).</summary>
    public void Predict(SampleSet data, Span<double> predictions)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (predictions.Length != data.Count)
        {
            throw new ArgumentException($"Expected {data.Count} predictions, got a span of {predictions.Length}.", nameof(predictions));
        }

        if (!_fitted)
        {
            predictions.Clear();
            return;
        }

        CheckFeatures(data);

        for (var i = 0; i < data.Count; i++)
        {
            var row = data.Row(i);
            var s = 0.0;
            for (var f = 0; f < row.Length; f++)
            {
                s += _theta[f] * row[f];
            }

            predictions[i] = s;
        }
    }

    private void CheckFeatures(SampleSet data)
    {
        if (data.FeatureCount != _featureCount)
        {
            throw new ArgumentException($"The model was fitted on {_featureCount} features, the data has {data.FeatureCount}.", nameof(data));
        }
    }
}
