using SampleImportance.Abstractions;

namespace SampleImportance.Benchmarks.Sorting;

/// <summary>
/// The baseline a developer would write first: per query, scalar squared distances into (distance bits, index) keys,
/// then <see cref="Array.Sort(Array)"/>, one thread. Same ordering contract as every backend (float sums in feature
/// order, ties to the lower index) for finite data.
/// </summary>
internal static class NaiveScalarSorter
{
    public static void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, int[] order)
    {
        var n = train.Count;
        var keys = new ulong[n];
        for (var q = 0; q < queryCount; q++)
        {
            var query = queries.Row(queryStart + q);
            for (var i = 0; i < n; i++)
            {
                var row = train.Row(i);
                var sum = 0f;
                for (var j = 0; j < row.Length; j++)
                {
                    var diff = query[j] - row[j];
                    sum += diff * diff;
                }

                // Non-negative float bits order like the floats; the index in the low half breaks ties.
                keys[i] = ((ulong)BitConverter.SingleToUInt32Bits(sum) << 32) | (uint)i;
            }

            Array.Sort(keys);
            var destination = order.AsSpan(q * n, n);
            for (var i = 0; i < n; i++)
            {
                destination[i] = (int)(uint)keys[i];
            }
        }
    }
}
