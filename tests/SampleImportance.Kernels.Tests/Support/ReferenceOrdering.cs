using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary>
/// A deliberately plain oracle, independent of the production code: float distance summed feature by
/// feature, then a comparison sort on (distance, index) with NaN distances after everything else.
/// </summary>
internal static class ReferenceOrdering
{
    public static int[] Sort(SampleSet train, SampleSet queries)
    {
        var n = train.Count;
        var result = new int[queries.Count * n];
        for (var q = 0; q < queries.Count; q++)
        {
            var query = queries.Row(q).ToArray();
            var distances = new float[n];
            for (var i = 0; i < n; i++)
            {
                var row = train.Row(i);
                float total = 0;
                for (var j = 0; j < query.Length; j++)
                {
                    float diff = row[j] - query[j];
                    float square = diff * diff;
                    total = total + square;
                }

                distances[i] = total;
            }

            var indices = Enumerable.Range(0, n).ToList();
            indices.Sort((a, b) => Compare(distances, a, b));
            indices.CopyTo(result, q * n);
        }

        return result;
    }

    /// <summary>The first min(k, n) entries of <see cref="Sort"/> for every query row.</summary>
    public static int[] Neighbours(SampleSet train, SampleSet queries, int k)
    {
        var n = train.Count;
        var kept = Math.Min(k, n);
        var order = Sort(train, queries);
        var result = new int[queries.Count * kept];
        for (var q = 0; q < queries.Count; q++)
        {
            Array.Copy(order, q * n, result, q * kept, kept);
        }

        return result;
    }

    private static int Compare(float[] distances, int a, int b)
    {
        var nanA = float.IsNaN(distances[a]);
        var nanB = float.IsNaN(distances[b]);
        if (nanA != nanB)
        {
            return nanA ? 1 : -1;
        }

        if (!nanA && distances[a] != distances[b])
        {
            return distances[a] < distances[b] ? -1 : 1;
        }

        return a.CompareTo(b);
    }
}
