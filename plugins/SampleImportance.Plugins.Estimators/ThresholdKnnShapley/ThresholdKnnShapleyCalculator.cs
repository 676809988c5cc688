using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.KnnShapley;

namespace SampleImportance.Plugins.Estimators.ThresholdKnnShapley;

/// <summary>
/// Exact Shapley values of the threshold-KNN utility (Wang, Yang &amp; Jia 2024), averaged over validation points. For
/// a validation point (x, y) and S, let N(S) = {i ∈ S : ‖xᵢ − x‖ ≤ τ}; U(S) = (1/|N(S)|)·Σ_{i ∈ N(S)} aᵢ with
/// aᵢ = m(yᵢ, y) the <see cref="LabelMatch"/>, and U(S) = 1/C (a random guess among the C training classes) when
/// N(S) is empty. Rows beyond τ are null players (value 0). For a row i within τ, with c rows within τ in all and
/// A = Σ_{j ≠ i within τ} aⱼ, averaging the marginal a_i/(k+1) − Σ_T/(k(k+1)) over sizes k gives the linear-time form
/// φᵢ = (1/c)·[aᵢ − 1/C + (aᵢ − A/(c−1))·(H_c − 1)], H_c the c-th harmonic number (φᵢ = aᵢ − 1/C when c = 1).
/// Distances: the backend gives orderings only, so the rows are walked in <see cref="SortedValidationWalk"/>'s order and
/// membership is decided on ‖xᵢ − x‖² computed here in double; the walk stops once that exceeds τ² by a relative 10⁻³,
/// more than the float rounding of the backend's ordering (about features × 6·10⁻⁸ relative), so no row within τ is missed.
/// </summary>
internal sealed class ThresholdKnnShapleyCalculator
{
    private const double OrderingSlack = 1e-3;
    private readonly double _threshold;
    private readonly LabelMatch _match;

    /// <summary>Creates the calculator.</summary>
    /// <param name="threshold">Radius τ ≥ 0.</param>
    /// <param name="match">The label match aᵢ.</param>
    public ThresholdKnnShapleyCalculator(double threshold, LabelMatch match)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentNullException.ThrowIfNull(match);
        _threshold = threshold;
        _match = match;
    }

    public double[] Compute(SampleSet train, SampleSet validation, IComputeBackend backend, CancellationToken cancellationToken, IProgress<double>? progress)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        var n = train.Count;
        if (n == 0 || validation.Count == 0)
        {
            return new double[n];
        }

        var guess = 1.0 / Math.Max(1, ClassCount(train.Labels));
        var harmonic = new double[n + 1];
        for (var c = 1; c <= n; c++)
        {
            harmonic[c] = harmonic[c - 1] + (1.0 / c);
        }

        var squaredThreshold = _threshold * _threshold;
        var stop = (squaredThreshold * (1 + OrderingSlack)) + double.Epsilon;
        var values = SortedValidationWalk.Run(
            train,
            validation,
            backend,
            () =>
            {
                // Per accumulator group: no two points of one group run at once.
                var within = new int[n];
                var matches = new double[n];
                return (query, sorted, sums) =>
                {
                    var point = validation.Row(query);
                    var label = validation.Labels[query];
                    var count = 0;
                    double total = 0;
                    foreach (var row in sorted)
                    {
                        var distance = SquaredDistance(train.Row(row), point);
                        if (distance > stop)
                        {
                            break;
                        }

                        if (distance <= squaredThreshold)
                        {
                            within[count] = row;
                            matches[count] = _match.Of(train.Labels[row], label);
                            total += matches[count];
                            count++;
                        }
                    }

                    for (var j = 0; j < count; j++)
                    {
                        var own = matches[j];
                        var shared = count == 1 ? 0.0 : (own - ((total - own) / (count - 1))) * (harmonic[count] - 1);
                        sums[within[j]] += (own - guess + shared) / count;
                    }
                };
            },
            cancellationToken,
            progress);
        for (var i = 0; i < n; i++)
        {
            values[i] /= validation.Count;
        }

        return values;
    }

    /// <summary>‖a − b‖² in double, feature by feature.</summary>
    public static double SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sum = 0;
        for (var f = 0; f < a.Length; f++)
        {
            var d = (double)a[f] - b[f];
            sum += d * d;
        }

        return sum;
    }

    /// <summary>Distinct training labels: the classes a random guess picks among.</summary>
    public static int ClassCount(ReadOnlySpan<double> labels)
    {
        var distinct = new HashSet<double>();
        foreach (var label in labels)
        {
            distinct.Add(label);
        }

        return distinct.Count;
    }
}
