using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>
/// The slowest obviously-right backend: scalar float distances summed in feature order, a stable sort by
/// (distance, index), top-k as the first k of that order, and dot products summed in order in double.
/// </summary>
internal sealed class NaiveComputeBackend : IComputeBackend
{
    public NaiveComputeBackend(int preferredQueryTile = 3) => PreferredQueryTile = preferredQueryTile;

    public string Name => "naive-test";

    public int PreferredQueryTile { get; }

    public void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order)
    {
        var n = train.Count;
        for (var q = 0; q < queryCount; q++)
        {
            Order(train, queries.Row(queryStart + q)).CopyTo(order.Slice(q * n, n));
        }
    }

    public void NearestNeighbours(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<int> neighbours)
    {
        var found = Math.Min(k, train.Count);
        for (var q = 0; q < queryCount; q++)
        {
            Order(train, queries.Row(queryStart + q)).AsSpan(0, found).CopyTo(neighbours.Slice(q * found, found));
        }
    }

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

    // Nothing to release.
    public void Dispose()
    {
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
