using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.LinearRegression;

/// <summary>
/// The ridge objective f(θ) = Σ wᵢ·½(yᵢ − θᵀx̃ᵢ)² + λ/2·‖β‖² over copied rows, with x̃ = (x, 1) when the intercept is
/// fitted (θ = (β, b)) and x̃ = x otherwise. Its Hessian XᵀWX + λĨ is constant, so fitting, the gradient members and the
/// leave-one-out oracle all read one matrix.
/// </summary>
internal sealed class RidgeProblem
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _w;
    private readonly int _d;
    private readonly double _l2;

    private RidgeProblem(double[] x, double[] y, double[] w, int d, LinearRegressionOptions options)
    {
        _x = x;
        _y = y;
        _w = w;
        _d = d;
        _l2 = options.L2;
        Dimension = d + (options.FitIntercept ? 1 : 0);
    }

    /// <summary>p: the coefficients, then the intercept when fitted.</summary>
    public int Dimension { get; }

    /// <summary>Number of rows.</summary>
    public int Count => _y.Length;

    /// <summary>Copies <paramref name="rows"/> of <paramref name="data"/>, checking labels (finite) and weights.</summary>
    public static RidgeProblem Create(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, LinearRegressionOptions options)
    {
        if (!weights.IsEmpty && weights.Length != rows.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        var d = data.FeatureCount;
        var x = new double[rows.Length * d];
        var y = new double[rows.Length];
        var w = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var features = data.Row(rows[i]);
            for (var f = 0; f < d; f++)
            {
                x[(i * d) + f] = features[f];
            }

            y[i] = CheckedLabel(data, rows[i]);
            w[i] = FitMath.CheckedWeight(weights, i);
        }

        return new RidgeProblem(x, y, w, d, options);
    }

    /// <summary>The label of a row, which must be finite.</summary>
    public static double CheckedLabel(SampleSet data, int row)
    {
        var label = data.Labels[row];
        return double.IsFinite(label)
            ? label
            : throw new ArgumentException($"linear-regression needs finite labels; row {row} has {label}.", nameof(data));
    }

    /// <summary>x̃ᵢ: row i's features, then 1 when the intercept is fitted.</summary>
    public void Design(int i, Span<double> destination)
    {
        _x.AsSpan(i * _d, _d).CopyTo(destination);
        if (Dimension > _d)
        {
            destination[_d] = 1.0;
        }
    }

    /// <summary>wᵢ.</summary>
    public double Weight(int i) => _w[i];

    /// <summary>yᵢ.</summary>
    public double Label(int i) => _y[i];

    /// <summary>Writes the Hessian XᵀWX + λĨ (p × p, row-major) and XᵀWy: the normal equations H·θ = XᵀWy.</summary>
    public void NormalEquations(Span<double> hessian, Span<double> rhs)
    {
        var p = Dimension;
        hessian.Clear();
        rhs.Clear();
        var row = new double[p];
        for (var i = 0; i < _y.Length; i++)
        {
            Design(i, row);
            for (var a = 0; a < p; a++)
            {
                var scaled = _w[i] * row[a];
                rhs[a] += scaled * _y[i];
                for (var b = 0; b <= a; b++)
                {
                    hessian[(a * p) + b] += scaled * row[b];
                }
            }
        }

        for (var a = 0; a < p; a++)
        {
            for (var b = a + 1; b < p; b++)
            {
                hessian[(a * p) + b] = hessian[(b * p) + a];
            }
        }

        for (var f = 0; f < _d; f++)
        {
            hessian[(f * p) + f] += _l2;
        }
    }

    /// <summary>H·v = Σ wᵢ·x̃ᵢ(x̃ᵢ·v) + λ·(v_β, 0), in O(n·p) without forming H.</summary>
    public void HessianVectorProduct(ReadOnlySpan<double> vector, Span<double> product)
    {
        var p = Dimension;
        product.Clear();
        var row = new double[p];
        for (var i = 0; i < _y.Length; i++)
        {
            Design(i, row);
            var scaled = _w[i] * FitMath.Dot(row, vector);
            for (var a = 0; a < p; a++)
            {
                product[a] += scaled * row[a];
            }
        }

        for (var f = 0; f < _d; f++)
        {
            product[f] += _l2 * vector[f];
        }
    }
}
