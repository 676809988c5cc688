using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;
using SampleImportance.Plugins.Models.Logistic;

namespace SampleImportance.Plugins.Models.Softmax;

/// <summary>
/// Multinomial logistic regression minimising <see cref="SoftmaxProblem"/>'s objective by Newton's method with a
/// backtracking line search, on raw features (see <see cref="LogisticRegressionModel"/> for why not standardised).
/// Every class has its own coefficients and intercept (p = C·(d + 1)), so the penalty λ/2·Σ_c‖W_c‖² with two classes
/// equals logistic regression's λ′/2·‖β‖² at λ′ = λ/2 (β = W₁ − W₀ and the optimum splits it as W₁ = −W₀ = β/2).
/// Gradients are in <c>SoftmaxRegressionModel.Gradients.cs</c>.
/// </summary>
internal sealed partial class SoftmaxRegressionModel : IGradientModel
{
    private const double ArmijoSlope = 1e-4;

    // Relative ridge added to the Newton system only: the free intercepts share a flat direction (adding one constant to
    // all leaves every probability unchanged) whose gradient is zero, so the ridge removes it without moving the optimum.
    private const double SolveRidge = 1e-10;

    private readonly SoftmaxRegressionOptions _options;
    private double[]? _theta;
    private int _featureCount;
    private int _classes = 2;

    public SoftmaxRegressionModel(SoftmaxRegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>One probability per class of the last fit's training table (at least 2); 2 before the first fit.</summary>
    public int Outputs => _classes;

    /// <summary>Newton steps taken by the last fit.</summary>
    internal int LastIterations { get; private set; }

    /// <summary>Whether the last fit met the gradient tolerance within the iteration limit.</summary>
    internal bool Converged { get; private set; }

    /// <summary>
    /// Fits from the smoothed class prior, or from <paramref name="warmStart"/>'s parameters when it is a fitted softmax
    /// regression of the same shape. Only classes with positive weight in the fit are optimised; a class absent from the
    /// rows keeps W_c = 0 and the intercept log(½ / (W + C/2)) of the add-½ smoothed prior, so its probability stays
    /// small but finite instead of its intercept running to −∞. With fewer than two classes present nothing is fitted
    /// and the model predicts the smoothed prior (wc + ½)/(W + C/2): uniform when empty, as logistic regression does.
    /// </summary>
    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var classes = ClassMath.ClassesOf(data, SoftmaxProblem.ModelName);
        var problem = SoftmaxProblem.Create(data, rows, weights, classes, _options.L2);
        var d = data.FeatureCount;
        var width = d + 1;
        var classWeights = problem.ClassWeights;
        var total = classWeights.Sum();
        var theta = new double[problem.Dimension];
        var free = new bool[classes];
        for (var c = 0; c < classes; c++)
        {
            theta[(c * width) + d] = Math.Log((classWeights[c] + 0.5) / (total + (classes / 2.0)));
            free[c] = classWeights[c] > 0;
        }

        _featureCount = d;
        _classes = classes;
        _theta = theta;
        LastIterations = 0;
        Converged = true;
        if (free.Count(f => f) < 2)
        {
            return;
        }

        if (warmStart is SoftmaxRegressionModel { _theta: { } start } other && other._featureCount == d && other._classes == classes)
        {
            for (var c = 0; c < classes; c++)
            {
                if (free[c])
                {
                    start.AsSpan(c * width, width).CopyTo(theta.AsSpan(c * width, width));
                }
            }
        }

        _theta = Newton(problem, theta, free, total);
    }

    /// <summary>Writes the class probabilities softmax(b_c + W_cᵀx) per row.</summary>
    public void Predict(SampleSet data, Span<double> predictions)
    {
        ArgumentNullException.ThrowIfNull(data);
        var theta = FittedTheta();
        CheckFeatures(data);
        FitMath.CheckLength(predictions.Length, data.Count * _classes, nameof(predictions));
        var row = new double[_featureCount];
        for (var i = 0; i < data.Count; i++)
        {
            ClassMath.Widen(data.Row(i), row);
            SoftmaxProblem.Probabilities(theta, row, predictions.Slice(i * _classes, _classes));
        }
    }

    private double[] Newton(SoftmaxProblem problem, double[] theta, bool[] free, double total)
    {
        var dim = problem.Dimension;
        var width = dim / free.Length;
        var gradient = new double[dim];
        var hessian = new double[dim * dim];
        var step = new double[dim];
        var trial = new double[dim];
        var threshold = _options.Tolerance * total;
        Converged = false;
        while (true)
        {
            var objective = problem.Derivatives(theta, gradient, hessian);
            Freeze(gradient, hessian, free, width);
            if (FitMath.MaxAbs(gradient) <= threshold)
            {
                Converged = true;
                return theta;
            }

            if (LastIterations == _options.MaxIterations)
            {
                return theta;
            }

            var scale = 0.0;
            for (var a = 0; a < dim; a++)
            {
                scale = Math.Max(scale, hessian[(a * dim) + a]);
            }

            for (var a = 0; a < dim; a++)
            {
                hessian[(a * dim) + a] += SolveRidge * (1.0 + scale);
            }

            CholeskySolver.Solve(hessian, gradient, step, dim);
            var slope = FitMath.Dot(gradient, step);
            var t = 1.0;
            while (true)
            {
                for (var j = 0; j < dim; j++)
                {
                    trial[j] = theta[j] - (t * step[j]);
                }

                if (problem.Objective(trial) <= objective - (ArmijoSlope * t * slope) || t < 1e-12)
                {
                    break;
                }

                t *= 0.5;
            }

            (theta, trial) = (trial, theta);
            LastIterations++;
        }
    }

    // Classes absent from the fit do not move: zero gradient, identity rows and columns in the Newton system.
    private static void Freeze(Span<double> gradient, Span<double> hessian, bool[] free, int width)
    {
        var dim = gradient.Length;
        for (var c = 0; c < free.Length; c++)
        {
            if (free[c])
            {
                continue;
            }

            for (var j = c * width; j < (c + 1) * width; j++)
            {
                gradient[j] = 0;
                for (var k = 0; k < dim; k++)
                {
                    hessian[(j * dim) + k] = 0;
                    hessian[(k * dim) + j] = 0;
                }

                hessian[(j * dim) + j] = 1;
            }
        }
    }

    private void CheckFeatures(SampleSet data)
    {
        if (data.FeatureCount != _featureCount)
        {
            throw new ArgumentException($"The model was fitted on {_featureCount} features, the data has {data.FeatureCount}.", nameof(data));
        }
    }

    private double[] FittedTheta() =>
        _theta ?? throw new InvalidOperationException("The model has not been fitted.");
}
