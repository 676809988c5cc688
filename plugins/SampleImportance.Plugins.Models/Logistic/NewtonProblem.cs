using System.Buffers;
using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>
/// The penalised weighted logistic loss f(θ) = Σ wᵢ[log(1 + e^{zᵢ}) − yᵢzᵢ] + λ/2·‖β‖², zᵢ = b + βᵀxᵢ, with θ = (β, b),
/// and its gradient, Hessian and Hessian–vector products. The intercept is not penalised. Newton's method and the
/// <see cref="IGradientModel"/> members both use it, so fitting and influence see one objective.
/// The rows are stored by column (feature-major, with a column of ones for the intercept), so every pass is a handful
/// of long SIMD dot products and scaled additions: margins z = X̃θ, gradient X̃ᵀr, Hessian entries x̃ₐᵀ(c ⊙ x̃_b).
/// Its buffers are rented from the shared pool (a retraining estimator builds one problem per utility evaluation) and
/// returned by <see cref="Dispose"/>.
/// </summary>
internal sealed class NewtonProblem : ISmoothObjective, IDisposable
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _w;

    // Margins z and exp(−|z|) at the θ of the last Objective call (_trial…) and of the accepted iterate, and the per-row
    // curvature wᵢpᵢ(1 − pᵢ) of the last Gradient call, which Hessian reads.
    private double[] _margins;
    private double[] _trialMargins;
    private double[] _exponentials;
    private double[] _trialExponentials;
    private readonly double[] _curvature;
    private readonly double[] _scratch;
    private readonly int _n;
    private readonly int _d;
    private readonly double _l2;
    private bool _marginsCurrent;
    private double _trialObjective;
    private double _objective;

    private NewtonProblem(int n, int d, double l2)
    {
        _n = n;
        _d = d;
        _l2 = l2;
        var pool = ArrayPool<double>.Shared;
        _x = pool.Rent(Math.Max(1, n * (d + 1)));
        _scratch = pool.Rent(Math.Max(1, n));
        _y = pool.Rent(Math.Max(1, n));
        _w = pool.Rent(Math.Max(1, n));
        _margins = pool.Rent(Math.Max(1, n));
        _trialMargins = pool.Rent(Math.Max(1, n));
        _exponentials = pool.Rent(Math.Max(1, n));
        _trialExponentials = pool.Rent(Math.Max(1, n));
        _curvature = pool.Rent(Math.Max(1, n));
    }

    /// <summary>Length of θ: the coefficients then the intercept.</summary>
    public int Dimension => _d + 1;

    /// <summary>Total weight of the rows labelled 0.</summary>
    public double NegativeWeight { get; private set; }

    /// <summary>Total weight of the rows labelled 1.</summary>
    public double PositiveWeight { get; private set; }

    /// <summary>Copies <paramref name="rows"/> of <paramref name="data"/> into the problem, checking labels and weights.</summary>
    /// <param name="data">The table the rows index.</param>
    /// <param name="rows">Rows of the objective.</param>
    /// <param name="weights">Empty for uniform weights, else one weight per row.</param>
    /// <param name="l2">λ.</param>
    public static NewtonProblem Create(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, double l2)
    {
        if (!weights.IsEmpty && weights.Length != rows.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        var d = data.FeatureCount;
        var n = rows.Length;
        var problem = new NewtonProblem(n, d, l2);
        double w0 = 0, w1 = 0;
        try
        {
            for (var i = 0; i < n; i++)
            {
                var label = CheckedLabel(data, rows[i]);
                var weight = FitMath.CheckedWeight(weights, i);
                var features = data.Row(rows[i]);
                for (var f = 0; f < d; f++)
                {
                    problem._x[(f * n) + i] = features[f];
                }

                problem._x[(d * n) + i] = 1.0;
                problem._y[i] = label;
                problem._w[i] = weight;
                if (label == 1.0)
                {
                    w1 += weight;
                }
                else
                {
                    w0 += weight;
                }
            }
        }
        catch
        {
            problem.Dispose();
            throw;
        }

        problem.NegativeWeight = w0;
        problem.PositiveWeight = w1;
        return problem;
    }

    /// <summary>The label of a row, which must be 0 or 1.</summary>
    public static double CheckedLabel(SampleSet data, int row)
    {
        var label = data.Labels[row];
        return label is 0.0 or 1.0
            ? label
            : throw new ArgumentException($"logistic-regression needs labels 0 or 1; row {row} has {label}.", nameof(data));
    }

    /// <summary>f(θ); remembers the margins so that <see cref="AcceptLastObjective"/> can make them the next gradient's.</summary>
    public double Objective(ReadOnlySpan<double> theta)
    {
        Margins(theta, _trialMargins);
        var margins = _trialMargins.AsSpan(0, _n);
        LogisticRows.Exponentials(margins, _trialExponentials);
        var sum = Penalty(theta) + LogisticRows.Loss(margins, _trialExponentials, _y, _w);
        _trialObjective = sum;
        return sum;
    }

    /// <summary>The θ of the last <see cref="Objective"/> call became the iterate: its margins need no recomputing.</summary>
    public void AcceptLastObjective()
    {
        (_margins, _trialMargins) = (_trialMargins, _margins);
        (_exponentials, _trialExponentials) = (_trialExponentials, _exponentials);
        _objective = _trialObjective;
        _marginsCurrent = true;
    }

    /// <summary>
    /// Writes ∇f(θ) and returns f(θ), keeping the per-row curvature for <see cref="Hessian"/>: the convergence test needs
    /// only this O(n·d) pass, so a converged (e.g. warm-started) fit never forms the O(n·d²) Hessian.
    /// </summary>
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        // After AcceptLastObjective the margins, their exponentials and f(θ) are known: only the sigmoids remain.
        var reuse = _marginsCurrent;
        _marginsCurrent = false;
        var sum = reuse ? _objective : Penalty(theta);
        var margins = _margins.AsSpan(0, _n);
        if (!reuse)
        {
            Margins(theta, margins);
            LogisticRows.Exponentials(margins, _exponentials);
            sum += LogisticRows.Loss(margins, _exponentials, _y, _w);
        }

        var residuals = _scratch.AsSpan(0, _n);
        LogisticRows.Derivatives(margins, _exponentials, _y, _w, residuals, _curvature);

        for (var a = 0; a <= _d; a++)
        {
            gradient[a] = VectorMath.Dot(residuals, Column(a)) + (a < _d ? _l2 * theta[a] : 0.0);
        }

        return sum;
    }

    /// <summary>Writes the (d+1)² row-major Hessian at the θ of the last <see cref="Gradient"/> call.</summary>
    public void Hessian(Span<double> hessian)
    {
        var dim = _d + 1;
        var scaled = _scratch.AsSpan(0, _n);

        // H[a, b] = (c ⊙ x̃ₐ)ᵀx̃_b for b ≤ a, mirrored; λ on the coefficients' diagonal.
        for (var a = 0; a < dim; a++)
        {
            var column = Column(a);
            for (var i = 0; i < _n; i++)
            {
                scaled[i] = _curvature[i] * column[i];
            }

            for (var b = 0; b <= a; b++)
            {
                var entry = VectorMath.Dot(scaled, Column(b)) + (a == b && a < _d ? _l2 : 0.0);
                hessian[(a * dim) + b] = entry;
                hessian[(b * dim) + a] = entry;
            }
        }
    }

    /// <summary>Writes the gradient and the (d+1)² row-major Hessian at θ and returns f(θ).</summary>
    public double Derivatives(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
    {
        var objective = Gradient(theta, gradient);
        Hessian(hessian);
        return objective;
    }

    /// <summary>H(θ)·v = Σ wᵢpᵢ(1 − pᵢ)·x̃ᵢ(x̃ᵢ·v) + λ·(v_β, 0) with x̃ = (x, 1), in O(n·d) without forming H.</summary>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> vector, Span<double> product)
    {
        var margins = _trialMargins.AsSpan(0, _n);
        var projections = _scratch.AsSpan(0, _n);
        Margins(theta, margins);
        Margins(vector, projections);
        for (var i = 0; i < _n; i++)
        {
            var p = LogisticRegressionModel.Sigmoid(margins[i]);
            projections[i] *= _w[i] * p * (1.0 - p);
        }

        for (var a = 0; a <= _d; a++)
        {
            product[a] = VectorMath.Dot(projections, Column(a)) + (a < _d ? _l2 * vector[a] : 0.0);
        }
    }

    /// <summary>Returns the buffers to the pool; the problem must not be used afterwards.</summary>
    public void Dispose()
    {
        var pool = ArrayPool<double>.Shared;
        pool.Return(_x);
        pool.Return(_y);
        pool.Return(_w);
        pool.Return(_margins);
        pool.Return(_trialMargins);
        pool.Return(_exponentials);
        pool.Return(_trialExponentials);
        pool.Return(_curvature);
        pool.Return(_scratch);
    }

    private ReadOnlySpan<double> Column(int a) => _x.AsSpan(a * _n, _n);

    // z = X̃v: one scaled column addition per feature, the intercept column's coefficient first.
    private void Margins(ReadOnlySpan<double> v, Span<double> z)
    {
        z = z[.._n];
        z.Fill(v[_d]);
        for (var a = 0; a < _d; a++)
        {
            VectorMath.AddScaled(v[a], Column(a), z);
        }
    }

    private double Penalty(ReadOnlySpan<double> theta)
    {
        var sum = 0.0;
        for (var a = 0; a < _d; a++)
        {
            sum += theta[a] * theta[a];
        }

        return 0.5 * _l2 * sum;
    }
}
