using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>
/// Exact KNN-Shapley with the exact label match on a backend that computes it where the data lives
/// (<see cref="IKnnShapleyKernel"/>): validation points go over in tiles of the backend's preferred size, only the n
/// running sums come back, and the mean over validation points is taken here, as <see cref="KnnShapleyCalculator"/>
/// does. Cancellation is checked and progress reported per tile.
/// </summary>
internal static class KnnShapleyOnDevice
{
    public static double[] Compute(IKnnShapleyKernel kernel, int preferredTile, SampleSet train, SampleSet validation, int k, CancellationToken cancellationToken, IProgress<double>? progress)
    {
        // The estimator passes its context's sets; the kernel checks every argument itself.
        var values = new double[train.Count];
        var m = validation.Count;
        if (values.Length == 0 || m == 0)
        {
            return values;
        }

        var tile = Math.Clamp(preferredTile, 1, m);
        for (var start = 0; start < m; start += tile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(tile, m - start);
            kernel.AddKnnShapley(train, validation, start, count, k, values);
            progress?.Report((double)(start + count) / m);
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= m;
        }

        return values;
    }
}
