using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;
using SampleImportance.Sdk.LinearAlgebra;

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

    // A warm fit keeps its old Hessian factor while each step divides the largest gradient entry by at least this.
    private const double ChordShrink = 0.25;
    private readonly LogisticRegressionOptions _options;

    // A checkpoint: a copy at one Newton iterate that can differentiate and predict but not be refitted.
    private readonly bool _frozen;

    // d coefficients followed by the intercept; null while the model predicts a constant.
    private double[]? _theta;

    // The Cholesky factor of the last Hessian the fit used (or inherited): a warm start's first steps reuse it.
    private CholeskyFactor? _factor;
    private double _constant = 0.5;
    private int _featureCount;
    private bool _fitted;

    // The last fit's iterates; materialised as checkpoints on the first read of Checkpoints.
    private IterateLog? _iterates;
    private TrainingCheckpoint[]? _checkpoints;

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

    /// <summary>Hessian factorisations the last fit computed (a warm start that reused its start's factor computes fewer).</summary>
    internal int LastFactorisations { get; private set; }

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

        using var problem = NewtonProblem.Create(data, rows, weights, _options.L2);
        var (w0, w1) = (problem.NegativeWeight, problem.PositiveWeight);
        var d = data.FeatureCount;
        _featureCount = d;
        _fitted = true;
        _iterates = null;
        _checkpoints = null;
        _factor = null;
        LastIterations = 0;
        LastFactorisations = 0;
        if (w0 <= 0 || w1 <= 0)
        {
            _theta = null;
            _constant = (w1 + 0.5) / (w0 + w1 + 1.0);
            Converged = true;
            return;
        }

        var dim = d + 1;
        var theta = new double[dim];

        // A warm start also lends its Hessian factor: one row away the Hessian barely moves, so steps with the old
        // factor (a chord method) cost one O(n·d) gradient instead of an O(n·d²) Hessian and an O(d³) factorisation.
        // The factor is kept while its steps pass the Armijo test at full length and shrink the largest gradient entry
        // at least ChordShrink-fold; otherwise the Hessian is formed and factored afresh at the current iterate (a
        // lazy Newton method). Either way the fit stops at the same gradient tolerance as a cold fit. Cold fits take
        // plain Newton steps.
        CholeskyFactor? factor = null;
        if (warmStart is LogisticRegressionModel { _theta: { } start } other && other._featureCount == d)
        {
            start.CopyTo(theta, 0);
            factor = other._factor;
        }
        else
        {
            theta[d] = Math.Log(w1 / w0);
        }

        Converged = false;
        var threshold = _options.Tolerance * (w0 + w1);
        var trial = new double[dim];
        var pool = System.Buffers.ArrayPool<double>.Shared;
        var scratch = pool.Rent((dim * dim) + (2 * dim));
        try
        {
            var hessian = scratch.AsSpan(0, dim * dim);
            var gradient = scratch.AsSpan(dim * dim, dim);
            var step = scratch.AsSpan((dim * dim) + dim, dim);
            var iterates = new IterateLog(dim);
            var previousGradient = double.PositiveInfinity;
            var lazy = factor is not null;
            while (true)
            {
                // The gradient test comes before the Hessian: a warm start near its optimum often stops here.
                var objective = problem.Gradient(theta, gradient);
                var largest = FitMath.MaxAbs(gradient);
                if (largest <= threshold)
                {
                    Converged = true;
                    break;
                }

                if (LastIterations == _options.MaxIterations)
                {
                    break;
                }

                var chord = lazy && largest <= ChordShrink * previousGradient;
                previousGradient = largest;
                if (!chord)
                {
                    factor = Factorise(problem, hessian, dim);
                }

                factor!.Solve(gradient, step);
                var t = LineSearch(problem, theta, trial, gradient, step, objective, chord);
                if (double.IsNaN(t))
                {
                    // The old factor's step failed the Armijo test: a Newton step from here instead.
                    factor = Factorise(problem, hessian, dim);
                    factor.Solve(gradient, step);
                    t = LineSearch(problem, theta, trial, gradient, step, objective, chordStep: false);
                }

                // The trial's margins were the last computed: the next gradient reuses them.
                problem.AcceptLastObjective();

                // The iterate this step started from, with the step length it took (TracIn's θₜ and ηₜ).
                iterates.Add(theta, t);
                (theta, trial) = (trial, theta);
                LastIterations++;
            }

            _iterates = iterates;
        }
        finally
        {
            pool.Return(scratch);
        }

        _theta = theta;
        _factor = factor;
    }

    private CholeskyFactor Factorise(NewtonProblem problem, Span<double> hessian, int dim)
    {
        problem.Hessian(hessian);
        LastFactorisations++;
        return CholeskySolver.Factor(hessian, dim);
    }

    // Backtracking (Armijo) along −step from θ into trial; returns the step length taken. A chord step is only tried
    // at full length: when that fails, NaN asks the caller for a Newton step instead.
    private static double LineSearch(NewtonProblem problem, double[] theta, double[] trial, ReadOnlySpan<double> gradient, ReadOnlySpan<double> step, double objective, bool chordStep)
    {
        var slope = FitMath.Dot(gradient, step);
        var t = 1.0;
        while (true)
        {
            for (var j = 0; j < theta.Length; j++)
            {
                trial[j] = theta[j] - (t * step[j]);
            }

            if (problem.Objective(trial) <= objective - (ArmijoSlope * t * slope) || t < 1e-12)
            {
                return t;
            }

            if (chordStep)
            {
                return double.NaN;
            }

            t *= 0.5;
        }
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

    internal static double Sigmoid(double z) => LogisticRows.Sigmoid(z);

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
