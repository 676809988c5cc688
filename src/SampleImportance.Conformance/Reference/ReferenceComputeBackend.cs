using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Reference;

/// <summary>
/// The slowest obviously-right compute backend: scalar float distances summed in feature order, a stable sort by
/// (distance, index), top-k as the first k of that order, and dot products summed in order in double. Checks run on
/// it by default, so a failure never hides in a device kernel.
/// </summary>
public class ReferenceComputeBackend : IComputeBackend
{
    /// <summary>Creates the backend.</summary>
    /// <param name="preferredQueryTile">Queries per call callers should batch (small, to exercise tiling).</param>
    public ReferenceComputeBackend(int preferredQueryTile = 3) => PreferredQueryTile = preferredQueryTile;

    /// <inheritdoc/>
    public string Name => "reference";

    /// <inheritdoc/>
    public int PreferredQueryTile { get; }

    /// <inheritdoc/>
    public void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(queries);
        var n = train.Count;
        for (var q = 0; q < queryCount; q++)
        {
            Order(train, queries.Row(queryStart + q)).CopyTo(order.Slice(q * n, n));
        }
    }

    /// <inheritdoc/>
    public void NearestNeighbours(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<int> neighbours)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(queries);
        var found = Math.Min(k, train.Count);
        for (var q = 0; q < queryCount; q++)
        {
            Order(train, queries.Row(queryStart + q)).AsSpan(0, found).CopyTo(neighbours.Slice(q * found, found));
        }
    }

    /// <inheritdoc/>
    public void DotProducts(ReadOnlySpan<double> left, int leftRows, ReadOnlySpan<double> right, int rightRows, int width, Span<double> products)
    {
        for (var i = 0; i < leftRows; i++)
        {
            for (var j = 0; j < rightRows; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < width; k++)
                {
                    sum += left[(i * width) + k] * right[(j * width) + k];
                }

                products[(i * rightRows) + j] = sum;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        // Nothing to release.
        GC.SuppressFinalize(this);
    }

    private static int[] Order(SampleSet train, ReadOnlySpan<float> query)
    {
        var distances = new float[train.Count];
        for (var j = 0; j < distances.Length; j++)
        {
            var row = train.Row(j);
            var sum = 0f;
            for (var f = 0; f < row.Length; f++)
            {
                var d = query[f] - row[f];
                sum += d * d;
            }

            distances[j] = sum;
        }

        return Enumerable.Range(0, distances.Length).OrderBy(j => distances[j]).ThenBy(j => j).ToArray();
    }
}
