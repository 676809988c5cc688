using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>Receives one validation point's training rows sorted by distance (nearest first, ties to the lower index).</summary>
/// <param name="query">The validation row.</param>
/// <param name="sorted">All training rows, nearest first.</param>
internal delegate void SortedRowsVisitor(int query, ReadOnlySpan<int> sorted);

/// <summary>
/// The one code path every KNN-Shapley variant orders training rows by: validation points go to the compute backend's
/// <see cref="IComputeBackend.SortByDistance"/> in tiles, so memory stays O(tile × N) and every backend gives the same
/// orderings. Cancellation is checked per tile; progress is reported per tile.
/// </summary>
internal static class SortedValidationWalk
{
    /// <summary>Calls <paramref name="visit"/> once per validation row, in order.</summary>
    public static void Run(SampleSet train, SampleSet validation, IComputeBackend backend, SortedRowsVisitor visit, CancellationToken cancellationToken, IProgress<double>? progress)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(visit);
        var n = train.Count;
        var m = validation.Count;
        if (n == 0 || m == 0)
        {
            return;
        }

        var tile = Math.Clamp(backend.PreferredQueryTile, 1, m);
        tile = Math.Min(tile, Math.Max(1, Array.MaxLength / n));
        var order = new int[tile * n];
        for (var start = 0; start < m; start += tile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(tile, m - start);
            backend.SortByDistance(train, validation, start, count, order.AsSpan(0, count * n));
            for (var q = 0; q < count; q++)
            {
                visit(start + q, order.AsSpan(q * n, n));
            }

            progress?.Report((double)(start + count) / m);
        }
    }
}
