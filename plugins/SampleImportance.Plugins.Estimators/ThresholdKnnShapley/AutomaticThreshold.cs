using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.ThresholdKnnShapley;

/// <summary>
/// The default radius: the median, over validation points, of the Euclidean distance (in double) to the k-th nearest
/// training row, found with the backend's <see cref="IComputeBackend.NearestNeighbours"/>; so a typical validation
/// point has about k rows within τ, as knn-shapley's K nearest neighbours.
/// </summary>
internal static class AutomaticThreshold
{
    public static double Of(SampleSet train, SampleSet validation, int k, IComputeBackend backend, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(backend);
        var m = validation.Count;
        if (train.Count == 0 || m == 0)
        {
            return 0;
        }

        var kept = Math.Min(k, train.Count);
        var tile = Math.Clamp(backend.PreferredQueryTile, 1, m);
        var neighbours = new int[tile * kept];
        var distances = new double[m];
        for (var start = 0; start < m; start += tile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(tile, m - start);
            backend.NearestNeighbours(train, validation, start, count, kept, neighbours.AsSpan(0, count * kept));
            for (var q = 0; q < count; q++)
            {
                var farthest = neighbours[(q * kept) + kept - 1];
                distances[start + q] = Math.Sqrt(ThresholdKnnShapleyCalculator.SquaredDistance(train.Row(farthest), validation.Row(start + q)));
            }
        }

        Array.Sort(distances);
        return m % 2 == 1 ? distances[m / 2] : (distances[(m / 2) - 1] + distances[m / 2]) / 2;
    }
}
