using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>
/// Exact Shapley values of the K-nearest-neighbour utility U(S) = (1/K)·Σ_{k ≤ min(K, |S|)} 1[y_{αₖ(S)} = y]
/// (Jia et al. 2019, Theorem 1), averaged over validation points. Per validation point with training rows α₁..α_N
/// sorted by distance (ties to the lower index) and mᵢ = 1[y_{αᵢ} = y]:
/// s_{α_N} = m_N · min(K, N)/(N·K) and s_{αᵢ} = s_{αᵢ₊₁} + (mᵢ − mᵢ₊₁)/K · min(K, i)/i.
/// The base case is the paper's m_N/N when N ≥ K; when K &gt; N every subset has fewer than K rows, so α_N always
/// joins the neighbours and adds m_N/K, and the values then sum to U(N) − U(∅) for every K.
/// Validation points go to the backend in tiles so memory stays O(tile × N).
/// </summary>
internal sealed class KnnShapleyCalculator
{
    private readonly int _k;

    public KnnShapleyCalculator(KnnShapleyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _k = options.K;
    }

    public double[] Compute(SampleSet train, SampleSet validation, IComputeBackend backend, CancellationToken cancellationToken, IProgress<double>? progress)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(backend);
        var n = train.Count;
        var m = validation.Count;
        var values = new double[n];
        if (n == 0 || m == 0)
        {
            return values;
        }

        // coefficient[i] = min(K, i) / (i·K) for the 1-based rank i; coefficient[n] is the farthest row's share.
        var coefficient = new double[n + 1];
        for (var i = 1; i <= n; i++)
        {
            coefficient[i] = Math.Min(_k, i) / ((double)i * _k);
        }

        var tile = Math.Clamp(backend.PreferredQueryTile, 1, m);
        tile = Math.Min(tile, Math.Max(1, Array.MaxLength / n));
        var order = new int[tile * n];
        var labels = train.Labels;
        for (var start = 0; start < m; start += tile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(tile, m - start);
            backend.SortByDistance(train, validation, start, count, order.AsSpan(0, count * n));
            for (var q = 0; q < count; q++)
            {
                Accumulate(order.AsSpan(q * n, n), labels, validation.Labels[start + q], coefficient, values);
            }

            progress?.Report((double)(start + count) / m);
        }

        for (var i = 0; i < n; i++)
        {
            values[i] /= m;
        }

        return values;
    }

    /// <summary>Adds one validation point's Shapley values, walking the sorted rows from farthest to nearest.</summary>
    private static void Accumulate(ReadOnlySpan<int> sorted, ReadOnlySpan<double> labels, double label, double[] coefficient, double[] values)
    {
        var n = sorted.Length;
        var next = labels[sorted[n - 1]] == label ? 1.0 : 0.0;

        // min(K, N)/(N·K): 1/N when N ≥ K (the paper's base case), 1/K when K > N.
        var value = next * coefficient[n];
        values[sorted[n - 1]] += value;
        for (var i = n - 1; i >= 1; i--)
        {
            var match = labels[sorted[i - 1]] == label ? 1.0 : 0.0;
            value += (match - next) * coefficient[i];
            values[sorted[i - 1]] += value;
            next = match;
        }
    }
}
