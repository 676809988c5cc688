using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>
/// Binary logistic regression minimising Σ wᵢ·logloss(yᵢ, σ(b + βᵀxᵢ)) + λ/2·‖β‖² by Newton's method with a
/// backtracking line search. Features are used raw (not standardised): a subset's utility must depend on the
/// subset only, and standardising per subset would couple it to the subset's own statistics; callers that
/// want standardised features transform the dataset once. Newton costs O(n·d²) per step, which suits the
/// small-d tabular problems valuation runs on and converges in a handful of deterministic steps.
/// Predicts class scores [P(y = 0), P(y = 1)]; its gradients are in <c>LogisticRegressionModel.Gradients.cs</c>.
/// </summary>
internal sealed partial class LogisticRegressionModel : IGradientModel
{
    private const double ArmijoSlope = 1e-4;
    private readonly LogisticRegressionOptions _options;

    // A checkpoint: a copy at one Newton iterate that can differentiate and predict but not be refitted.
    private readonly bool _frozen;

    // d coefficients followed by the intercept; null while the model predicts a constant.
    private double[]? _theta;
    private double _constant = 0.5;
    private int _featureCount;
    private bool _fitted;
    private TrainingCheckpoint[] _checkpoints = [];

    public LogisticRegressionModel(LogisticRegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    private LogisticRegressionModel(LogisticRegressionOptions options, double[] theta)
        : this(options)
    {
        _frozen = true;
        _fitted = true;
        _theta = theta;
        _featureCount = theta.Length - 1;
    }

    /// <summary>Two class scores per row: [P(y = 0), P(y = 1)].</summary>
    public int Outputs => 2;

    /// <summary>Newton steps taken by the last fit (0 when it predicted a constant or started at the optimum).</summary>
    internal int LastIterations { get; private set; }

    /// <summary>Whether the last fit met the gradient tolerance within the iteration limit.</summary>
    internal bool Converged { get; private set; }

    /// <summary>Coefficients then intercept; empty while the model predicts a constant.</summary>
    internal ReadOnlySpan<double> Parameters => _theta;

    /// <summary>
    /// Fits from scratch, or from <paramref name="warmStart"/>'s coefficients when it is a fitted logistic
    /// regression on the same feature count. With no rows, or rows of one class only (or one class carrying
    /// all the weight), the maximum-likelihood intercept is infinite, so the model instead predicts the
    /// smoothed prior (w₁ + ½)/(w₀ + w₁ + 1): 0.5 when empty, otherwise the majority class.
    /// </summary>
    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (_frozen)
        {
            throw new InvalidOperationException("A training checkpoint is a frozen copy; fit a model from the factory instead.");
        }

        if (data.ClassCount > 2)
        {
            throw new ArgumentException($"logistic-regression is binary (labels 0 or 1); the data has {data.ClassCount} classes.", nameof(data));
        }

        var problem = NewtonProblem.Create(data, rows, weights, _options.L2);
        var (w0, w1) = (problem.NegativeWeight, problem.PositiveWeight);
        var d = data.FeatureCount;
        _featureCount = d;
        _fitted = true;
        _checkpoints = [];
        LastIterations = 0;
        if (w0 <= 0 || w1 <= 0)
        {
            _theta = null;
            _constant = (w1 + 0.5) / (w0 + w1 + 1.0);
            Converged = true;
            return;
        }

        var theta = new double[d + 1];
        if (warmStart is LogisticRegressionModel { _theta: { } start } other && other._featureCount == d)
        {
            start.CopyTo(theta, 0);
        }
        else
        {
            theta[d] = Math.Log(w1 / w0);
        }

        Converged = false;
        var threshold = _options.Tolerance * (w0 + w1);
        var gradient = new double[d + 1];
        var hessian = new double[(d + 1) * (d + 1)];
        var step = new double[d + 1];
        var trial = new double[d + 1];
        var checkpoints = new List<TrainingCheckpoint>();
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

            CholeskySolver.Solve(hessian, gradient, step, d + 1);
            var slope = FitMath.Dot(gradient, step);
            var t = 1.0;
            while (true)
            {
                for (var j = 0; j <= d; j++)
                {
                    trial[j] = theta[j] - (t * step[j]);
                }

                if (problem.Objective(trial) <= objective - (ArmijoSlope * t * slope) || t < 1e-12)
                {
                    break;
                }

                t *= 0.5;
            }

            // The iterate this step started from, with the step length it took (TracIn's θₜ and ηₜ).
            checkpoints.Add(new TrainingCheckpoint(LastIterations + 1, t, new LogisticRegressionModel(_options, theta.ToArray())));
            (theta, trial) = (trial, theta);
            LastIterations++;
        }

        _theta = theta;
        _checkpoints = [.. checkpoints];
    }

    /// <summary>Writes [1 − p, p] per row, p = σ(b + βᵀx), or the constant prior when the last fit was degenerate.</summary>
    public void Predict(SampleSet data, Span<double> predictions)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (predictions.Length != data.Count * 2)
        {
            throw new ArgumentException($"Expected {data.Count} × 2 predictions, got a span of {predictions.Length}.", nameof(predictions));
        }

        if (_theta is null)
        {
            for (var i = 0; i < data.Count; i++)
            {
                predictions[2 * i] = 1.0 - _constant;
                predictions[(2 * i) + 1] = _constant;
            }

            return;
        }

        CheckFeatures(data);
        for (var i = 0; i < data.Count; i++)
        {
            var p = Sigmoid(Margin(_theta, data.Row(i)));
            predictions[2 * i] = 1.0 - p;
            predictions[(2 * i) + 1] = p;
        }
    }

    internal static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));

    private static double Margin(ReadOnlySpan<double> theta, ReadOnlySpan<float> row)
    {
        var d = row.Length;
        var z = theta[d];
        for (var f = 0; f < d; f++)
        {
            z += theta[f] * row[f];
        }

        return z;
    }

    private void CheckFeatures(SampleSet data)
    {
        if (data.FeatureCount != _featureCount)
        {
            throw new ArgumentException($"The model was fitted on {_featureCount} features, the data has {data.FeatureCount}.", nameof(data));
        }
    }
}
