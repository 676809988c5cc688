using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>
/// Exact Shapley values of the K-nearest-neighbour utility U(S) = (1/K)·Σ_{k ≤ min(K, |S|)} m(y_{αₖ(S)}, y)
/// (Jia et al. 2019, Theorem 1), averaged over validation points. Per validation point with training rows α₁..α_N
/// sorted by distance (ties to the lower index) and mᵢ = m(y_{αᵢ}, y), the <see cref="LabelMatch"/> (Jia et al.'s
/// indicator 1[y_{αᵢ} = y], or a soft match: the recursion only needs U to be additive over the top K):
/// s_{α_N} = m_N · min(K, N)/(N·K) and s_{αᵢ} = s_{αᵢ₊₁} + (mᵢ − mᵢ₊₁)/K · min(K, i)/i.
/// The base case is the paper's m_N/N when N ≥ K; when K &gt; N every subset has fewer than K rows, so α_N always
/// joins the neighbours and adds m_N/K, and the values then sum to U(N) − U(∅) for every K.
/// Rows are ordered by <see cref="SortedValidationWalk"/>, the path every KNN variant shares.
/// </summary>
internal sealed class KnnShapleyCalculator
{
    private readonly int _k;
    private readonly LabelMatch _match;

    /// <summary>Creates the calculator.</summary>
    /// <param name="k">Neighbours K.</param>
    /// <param name="match">The label match mᵢ; <see cref="LabelMatch.Exact"/> is Jia et al.'s indicator.</param>
    public KnnShapleyCalculator(int k, LabelMatch match)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentNullException.ThrowIfNull(match);
        _k = k;
        _match = match;
    }

    public double[] Compute(SampleSet train, SampleSet validation, IComputeBackend backend, CancellationToken cancellationToken, IProgress<double>? progress)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        var n = train.Count;
        var m = validation.Count;
        if (n == 0 || m == 0)
        {
            return new double[n];
        }

        // coefficient[i] = min(K, i) / (i·K) for the 1-based rank i; coefficient[n] is the farthest row's share.
        var coefficient = new double[n + 1];
        for (var i = 1; i <= n; i++)
        {
            coefficient[i] = Math.Min(_k, i) / ((double)i * _k);
        }

        var codes = LabelCodes.TryCreate(train.Labels);
        var labels = codes is null ? train.Labels.ToArray() : null;
        var values = SortedValidationWalk.Run(
            train,
            validation,
            backend,
            () => codes is null ? VisitByLabel(labels!, validation, coefficient) : VisitByCode(codes, validation, coefficient),
            cancellationToken,
            progress);
        for (var i = 0; i < n; i++)
        {
            values[i] /= m;
        }

        return values;
    }

    // Matches from a per-class table: one Of() per class and validation point instead of one per row.
    private SortedRowsVisitor VisitByCode(LabelCodes codes, SampleSet validation, double[] coefficient)
    {
        var table = new double[codes.Classes.Length];
        return (query, sorted, values) =>
        {
            var label = validation.Labels[query];
            for (var c = 0; c < table.Length; c++)
            {
                table[c] = _match.Of(codes.Classes[c], label);
            }

            Accumulate(sorted, new CodeMatches(codes.Codes, table), coefficient, values);
        };
    }

    // More than 256 distinct labels: the match of every row, as the labels come.
    private SortedRowsVisitor VisitByLabel(double[] labels, SampleSet validation, double[] coefficient) =>
        (query, sorted, values) => Accumulate(sorted, new LabelMatches(labels, _match, validation.Labels[query]), coefficient, values);

    /// <summary>Adds one validation point's Shapley values, walking the sorted rows from farthest to nearest.</summary>
    /// <param name="sorted">Training rows, nearest first.</param>
    /// <param name="matches">The match of a training row with this validation point.</param>
    /// <param name="coefficient">min(K, i)/(i·K) by 1-based rank.</param>
    /// <param name="values">Accumulated values by training row.</param>
    private static void Accumulate<TMatches>(ReadOnlySpan<int> sorted, TMatches matches, double[] coefficient, double[] values)
        where TMatches : struct, IRowMatches
    {
        var n = sorted.Length;
        var row = sorted[n - 1];
        var next = matches.Of(row);

        // min(K, N)/(N·K): 1/N when N ≥ K (the paper's base case), 1/K when K > N.
        var value = next * coefficient[n];
        values[row] += value;
        for (var i = n - 1; i >= 1; i--)
        {
            row = sorted[i - 1];
            var match = matches.Of(row);
            value += (match - next) * coefficient[i];
            values[row] += value;
            next = match;
        }
    }

    /// <summary>The match of a training row, specialised per lookup so the walk's inner loop has no indirect call.</summary>
    private interface IRowMatches
    {
        double Of(int row);
    }

    private readonly struct CodeMatches(byte[] codes, double[] table) : IRowMatches
    {
        public double Of(int row) => table[codes[row]];
    }

    private readonly struct LabelMatches(double[] labels, LabelMatch match, double label) : IRowMatches
    {
        public double Of(int row) => match.Of(labels[row], label);
    }
}
