using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>The slowest obviously-right backend: scalar float distances summed in feature order, stable sort by (distance, index).</summary>
internal sealed class NaiveComputeBackend : IComputeBackend
{
    public NaiveComputeBackend(int preferredQueryTile = 3) => PreferredQueryTile = preferredQueryTile;

    public string Name => "naive-test";

    public int PreferredQueryTile { get; }

    public void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order)
    {
        var n = train.Count;
        var distances = new float[n];
        for (var q = 0; q < queryCount; q++)
        {
            var query = queries.Row(queryStart + q);
            for (var j = 0; j < n; j++)
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

            var indices = Enumerable.Range(0, n).OrderBy(j => distances[j]).ThenBy(j => j).ToArray();
            indices.CopyTo(order.Slice(q * n, n));
        }
    }
}
