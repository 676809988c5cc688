using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;
using SampleImportance.Plugins.Models.Logistic;

namespace SampleImportance.Plugins.Models.LinearRanker;

/// <summary>
/// The RankNet objective (Burges et al. 2005) of a linear scorer s = wᵀx: f(w) = Σ_pairs c_hl·log(1 + e^{−(s_h − s_l)})
/// + λ/2·‖w‖², over every pair of rows in the same group whose labels differ (h the higher label, graded labels
/// allowed), with pair weight c_hl = w_h·w_l (so a row of integer weight k counts as k copies). Pairs never cross
/// groups; data without groups is one list. Gradient, Hessian and Hessian–vector products cost O(pairs·d + n·d²):
/// the Hessian Σ c·σ(1 − σ)·(x_h − x_l)(x_h − x_l)ᵀ is formed as Xᵀ(L X) with L the pair graph's weighted Laplacian.
/// </summary>
internal sealed class PairwiseProblem : ISmoothObjective
{
    private readonly double[] _x;
    private readonly double[] _rowWeights;
    private readonly int[] _high;
    private readonly int[] _low;
    private readonly int _d;
    private readonly double _l2;

    private PairwiseProblem(double[] x, double[] rowWeights, int[] high, int[] low, int d, double l2)
    {
        _x = x;
        _rowWeights = rowWeights;
        _high = high;
        _low = low;
        _d = d;
        _l2 = l2;
        foreach (var (h, l) in high.Zip(low))
        {
            TotalPairWeight += rowWeights[h] * rowWeights[l];
        }
    }

    /// <summary>Pairs with different labels within a group.</summary>
    public int PairCount => _high.Length;

    /// <summary>Σ c_hl over the pairs.</summary>
    public double TotalPairWeight { get; }

    /// <summary>Copies <paramref name="rows"/> of <paramref name="data"/> and lists their pairs, checking labels and weights.</summary>
    /// <param name="data">The table the rows index (its groups decide the pairs).</param>
    /// <param name="rows">Rows of the objective; pairs are listed in the order the rows come.</param>
    /// <param name="weights">Empty for uniform weights, else one weight per row.</param>
    /// <param name="l2">λ.</param>
    public static PairwiseProblem Create(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, double l2)
    {
        if (!weights.IsEmpty && weights.Length != rows.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        var d = data.FeatureCount;
        var n = rows.Length;
        var x = new double[n * d];
        var w = new double[n];
        var labels = new double[n];
        var members = new Dictionary<int, List<int>>();
        var order = new List<List<int>>();
        for (var i = 0; i < n; i++)
        {
            var label = data.Labels[rows[i]];
            if (!double.IsFinite(label))
            {
                throw new ArgumentException($"linear-ranker needs finite relevance labels; row {rows[i]} has {label}.", nameof(data));
            }

            var weight = FitMath.CheckedWeight(weights, i);

            var features = data.Row(rows[i]);
            for (var f = 0; f < d; f++)
            {
                x[(i * d) + f] = features[f];
            }

            labels[i] = label;
            w[i] = weight;
            var group = data.HasGroups ? data.Groups[rows[i]] : 0;
            if (!members.TryGetValue(group, out var list))
            {
                members[group] = list = [];
                order.Add(list);
            }

            list.Add(i);
        }

        var (high, low) = Pairs(order, labels, w);
        return new PairwiseProblem(x, w, high, low, d, l2);
    }

    public double Objective(ReadOnlySpan<double> theta)
    {
        var scores = Scores(theta);
        var sum = Penalty(theta);
        for (var p = 0; p < _high.Length; p++)
        {
            sum += PairWeight(p) * Softplus(scores[_low[p]] - scores[_high[p]]);
        }

        return sum;
    }

    /// <summary>Writes the gradient and the d² row-major Hessian at θ and returns f(θ).</summary>
    public double Derivatives(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
    {
        var (d, n) = (_d, _rowWeights.Length);
        var scores = Scores(theta);
        var residuals = new double[n];
        var laplacianX = new double[n * d];
        var sum = Penalty(theta);
        for (var p = 0; p < _high.Length; p++)
        {
            var (h, l, c) = (_high[p], _low[p], PairWeight(p));
            var z = scores[h] - scores[l];
            sum += c * Softplus(-z);
            var miss = LogisticRegressionModel.Sigmoid(-z);
            residuals[h] -= c * miss;
            residuals[l] += c * miss;
            var curvature = c * miss * (1.0 - miss);
            for (var f = 0; f < d; f++)
            {
                var step = curvature * (_x[(h * d) + f] - _x[(l * d) + f]);
                laplacianX[(h * d) + f] += step;
                laplacianX[(l * d) + f] -= step;
            }
        }

        gradient.Clear();
        hessian.Clear();
        for (var i = 0; i < n; i++)
        {
            var row = _x.AsSpan(i * d, d);
            var lx = laplacianX.AsSpan(i * d, d);
            for (var a = 0; a < d; a++)
            {
                gradient[a] += residuals[i] * row[a];
                for (var b = 0; b <= a; b++)
                {
                    hessian[(a * d) + b] += row[a] * lx[b];
                }
            }
        }

        for (var a = 0; a < d; a++)
        {
            gradient[a] += _l2 * theta[a];
            hessian[(a * d) + a] += _l2;
            for (var b = 0; b < a; b++)
            {
                hessian[(b * d) + a] = hessian[(a * d) + b];
            }
        }

        return sum;
    }

    /// <summary>H(θ)·v = Xᵀ L X v + λv, in O(n·d + pairs) without forming H.</summary>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> vector, Span<double> product)
    {
        var scores = Scores(theta);
        var projected = Scores(vector);
        var laplacian = new double[_rowWeights.Length];
        for (var p = 0; p < _high.Length; p++)
        {
            var (h, l) = (_high[p], _low[p]);
            var miss = LogisticRegressionModel.Sigmoid(scores[l] - scores[h]);
            var step = PairWeight(p) * miss * (1.0 - miss) * (projected[h] - projected[l]);
            laplacian[h] += step;
            laplacian[l] -= step;
        }

        for (var f = 0; f < _d; f++)
        {
            product[f] = _l2 * vector[f];
        }

        AddTransposed(laplacian, product);
    }

    /// <summary>
    /// Row i's share of the loss gradient, ½·Σ over its pairs of the partner's weight times the pair's gradient, so
    /// that Σ wᵢ·gᵢ is the gradient of the summed pair loss. Row-major, rows × d; no penalty.
    /// </summary>
    public void RowLossGradients(ReadOnlySpan<double> theta, Span<double> gradients)
    {
        var d = _d;
        var scores = Scores(theta);
        gradients.Clear();
        for (var p = 0; p < _high.Length; p++)
        {
            var (h, l) = (_high[p], _low[p]);
            var miss = LogisticRegressionModel.Sigmoid(scores[l] - scores[h]);
            var toHigh = -0.5 * miss * _rowWeights[l];
            var toLow = -0.5 * miss * _rowWeights[h];
            for (var f = 0; f < d; f++)
            {
                var diff = _x[(h * d) + f] - _x[(l * d) + f];
                gradients[(h * d) + f] += toHigh * diff;
                gradients[(l * d) + f] += toLow * diff;
            }
        }
    }

    // Pairs within each group (groups in order of first row, rows in the order given); a zero-weight pair adds nothing.
    private static (int[] High, int[] Low) Pairs(List<List<int>> groups, double[] labels, double[] weights)
    {
        var high = new List<int>();
        var low = new List<int>();
        foreach (var members in groups)
        {
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    var (i, j) = (members[a], members[b]);
                    if (labels[i] == labels[j] || weights[i] * weights[j] == 0)
                    {
                        continue;
                    }

                    high.Add(labels[i] > labels[j] ? i : j);
                    low.Add(labels[i] > labels[j] ? j : i);
                }
            }
        }

        return ([.. high], [.. low]);
    }

    private double PairWeight(int p) => _rowWeights[_high[p]] * _rowWeights[_low[p]];

    private double[] Scores(ReadOnlySpan<double> theta)
    {
        var d = _d;
        var scores = new double[_rowWeights.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            var s = 0.0;
            for (var f = 0; f < d; f++)
            {
                s += theta[f] * _x[(i * d) + f];
            }

            scores[i] = s;
        }

        return scores;
    }

    // destination += Xᵀ·values.
    private void AddTransposed(ReadOnlySpan<double> values, Span<double> destination)
    {
        for (var i = 0; i < values.Length; i++)
        {
            for (var f = 0; f < _d; f++)
            {
                destination[f] += values[i] * _x[(i * _d) + f];
            }
        }
    }

    private double Penalty(ReadOnlySpan<double> theta)
    {
        var sum = 0.0;
        foreach (var t in theta)
        {
            sum += t * t;
        }

        return 0.5 * _l2 * sum;
    }

    // log(1 + e^z) without overflow.
    private static double Softplus(double z) => LogisticRows.Softplus(z);
}
