using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Metrics;

namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>
/// Binary logistic regression minimising Σ wᵢ·logloss(yᵢ, σ(b + βᵀxᵢ)) + λ/2·‖β‖² by Newton's method with a
/// backtracking line search. Features are used raw (not standardised): a subset's utility must depend on the
/// subset only, and standardising per subset would couple it to the subset's own statistics; callers that
/// want standardised features transform the dataset once. Newton costs O(n·d²) per step, which suits the
/// small-d tabular problems valuation runs on and converges in a handful of deterministic steps.
/// </summary>
internal sealed class LogisticRegressionModel : IModel
{
    private const double ArmijoSlope = 1e-4;
    private readonly LogisticRegressionOptions _options;

    // d coefficients followed by the intercept; null while the model predicts a constant.
    private double[]? _theta;
    private double _constant = 0.5;
    private int _featureCount;

    public LogisticRegressionModel(LogisticRegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

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
        if (!weights.IsEmpty && weights.Length != rows.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        var d = data.FeatureCount;
        var n = rows.Length;
        var x = new double[n * d];
        var y = new double[n];
        var w = new double[n];
        double w0 = 0, w1 = 0;
        for (var i = 0; i < n; i++)
        {
            var label = data.Labels[rows[i]];
            if (label is not (0.0 or 1.0))
            {
                throw new ArgumentException($"logistic-regression needs labels 0 or 1; row {rows[i]} has {label}.", nameof(data));
            }

            var weight = weights.IsEmpty ? 1.0 : weights[i];
            if (!(weight >= 0) || double.IsInfinity(weight))
            {
                throw new ArgumentException($"Weights must be finite and non-negative; entry {i} is {weight}.", nameof(weights));
            }

            var features = data.Row(rows[i]);
            for (var f = 0; f < d; f++)
            {
                x[(i * d) + f] = features[f];
            }

            y[i] = label;
            w[i] = weight;
            if (label == 1.0)
            {
                w1 += weight;
            }
            else
            {
                w0 += weight;
            }
        }

        _featureCount = d;
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

        var problem = new NewtonProblem(x, y, w, d, _options.L2);
        Converged = false;
        var threshold = _options.Tolerance * (w0 + w1);
        var gradient = new double[d + 1];
        var hessian = new double[(d + 1) * (d + 1)];
        var step = new double[d + 1];
        var trial = new double[d + 1];
        while (true)
        {
            var objective = problem.Derivatives(theta, gradient, hessian);
            if (MaxAbs(gradient) <= threshold)
            {
                Converged = true;
                break;
            }

            if (LastIterations == _options.MaxIterations)
            {
                break;
            }

            CholeskySolver.Solve(hessian, gradient, step, d + 1);
            var slope = Dot(gradient, step);
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

            (theta, trial) = (trial, theta);
            LastIterations++;
        }

        _theta = theta;
    }

    public void Predict(SampleSet data, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (scores.Length != data.Count)
        {
            throw new ArgumentException($"Expected {data.Count} scores, got a span of {scores.Length}.", nameof(scores));
        }

        if (_theta is null)
        {
            scores.Fill(_constant);
            return;
        }

        if (data.FeatureCount != _featureCount)
        {
            throw new ArgumentException($"The model was fitted on {_featureCount} features, the data has {data.FeatureCount}.", nameof(data));
        }

        for (var i = 0; i < data.Count; i++)
        {
            var row = data.Row(i);
            var z = _theta[_featureCount];
            for (var f = 0; f < _featureCount; f++)
            {
                z += _theta[f] * row[f];
            }

            scores[i] = Sigmoid(z);
        }
    }

    public double Score(SampleSet data, string metric)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scores = new double[data.Count];
        Predict(data, scores);
        return metric switch
        {
            LogisticRegressionOptions.AccuracyMetric => BinaryMetrics.Accuracy(scores, data.Labels),
            LogisticRegressionOptions.LogLikelihoodMetric => BinaryMetrics.MeanLogLikelihood(scores, data.Labels),
            LogisticRegressionOptions.AucMetric => BinaryMetrics.Auc(scores, data.Labels),
            _ => throw new ArgumentException(
                $"Unknown metric '{metric}' for logistic-regression; expected one of: {string.Join(", ", LogisticRegressionOptions.Metrics)}.",
                nameof(metric)),
        };
    }

    internal static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));

    private static double MaxAbs(ReadOnlySpan<double> values)
    {
        var max = 0.0;
        foreach (var v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
