using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>Adds one validation point's contribution to <paramref name="values"/>, given its training rows sorted by distance.</summary>
/// <param name="query">The validation row.</param>
/// <param name="sorted">All training rows, nearest first (ties to the lower index).</param>
/// <param name="values">The accumulator this call adds to, one value per training row.</param>
internal delegate void SortedRowsVisitor(int query, ReadOnlySpan<int> sorted, double[] values);

/// <summary>
/// The one code path every KNN-Shapley variant orders training rows by: validation points go to the compute backend's
/// <see cref="IComputeBackend.SortByDistance"/> in tiles, so memory stays O(tile × N) and every backend gives the same
/// orderings. Each tile's points are then added in parallel into <see cref="Groups"/> accumulators: point q always goes
/// to group q mod Groups, each group adds its points in increasing q, and the groups are summed in order at the end, so
/// the values are the same bits on one thread or many. Cancellation is checked per tile; progress is reported per tile.
/// </summary>
internal static class SortedValidationWalk
{
    /// <summary>Accumulator groups: fixed, never the thread count, so the summation order is fixed too.</summary>
    internal const int Groups = 4;

    /// <summary>
    /// Most bytes of orders held at once: the tile shrinks below the backend's preferred one when n is large (at
    /// 1,000,000 training rows, 16 queries: 64 MB, where the preferred 64 would take 256 MB).
    /// </summary>
    internal const long OrderBudgetBytes = 64L << 20;

    /// <summary>
    /// Calls a visitor once per validation row, each of <see cref="Groups"/> visitors from <paramref name="createVisitor"/>
    /// on its own accumulator (visitors may keep scratch: no two run at once), and returns the accumulators' sum.
    /// </summary>
    /// <param name="train">Rows to value.</param>
    /// <param name="validation">Points to measure from.</param>
    /// <param name="backend">Orders the training rows.</param>
    /// <param name="createVisitor">Creates one group's visitor.</param>
    /// <param name="cancellationToken">Checked per tile.</param>
    /// <param name="progress">Fraction of validation points done, per tile.</param>
    /// <param name="maxDegreeOfParallelism">Threads adding points; -1 lets the runtime decide. The values do not depend on it.</param>
    public static double[] Run(
        SampleSet train,
        SampleSet validation,
        IComputeBackend backend,
        Func<SortedRowsVisitor> createVisitor,
        CancellationToken cancellationToken,
        IProgress<double>? progress,
        int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(createVisitor);
        var n = train.Count;
        var m = validation.Count;
        if (n == 0 || m == 0)
        {
            return new double[n];
        }

        var groups = Math.Min(Groups, m);
        var visitors = new SortedRowsVisitor[groups];
        var sums = new double[groups][];
        for (var g = 0; g < groups; g++)
        {
            visitors[g] = createVisitor();
            sums[g] = new double[n];
        }

        var tile = QueryTile(backend.PreferredQueryTile, n, m);
        var order = new int[tile * n];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        for (var start = 0; start < m; start += tile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(tile, m - start);
            backend.SortByDistance(train, validation, start, count, order.AsSpan(0, count * n));
            var first = start;
            Parallel.For(0, groups, parallel, g =>
            {
                // The first point of this tile in group g, then every Groups-th.
                for (var q = first + ((g - (first % groups) + groups) % groups); q < first + count; q += groups)
                {
                    visitors[g](q, order.AsSpan((q - first) * n, n), sums[g]);
                }
            });
            progress?.Report((double)(start + count) / m);
        }

        var total = sums[0];
        for (var g = 1; g < groups; g++)
        {
            var sum = sums[g];
            for (var i = 0; i < n; i++)
            {
                total[i] += sum[i];
            }
        }

        return total;
    }

    /// <summary>Queries per backend call: the backend's preferred tile, cut so the orders fit <see cref="OrderBudgetBytes"/>, at least 1, at most m.</summary>
    internal static int QueryTile(int preferred, int n, int m)
    {
        var budget = (int)Math.Min(int.MaxValue, Math.Max(1, OrderBudgetBytes / (sizeof(int) * (long)Math.Max(1, n))));
        var tile = Math.Min(Math.Max(1, preferred), budget);
        tile = Math.Min(tile, Math.Max(1, Array.MaxLength / Math.Max(1, n)));
        return Math.Clamp(tile, 1, Math.Max(1, m));
    }
}
