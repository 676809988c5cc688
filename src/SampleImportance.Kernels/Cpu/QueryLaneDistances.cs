using System.Numerics;
using System.Runtime.CompilerServices;

namespace SampleImportance.Kernels;

/// <summary>
/// Distance keys with SIMD lanes across queries rather than training rows: training rows are read row-major as the
/// sample set stores them (no re-laid copy of the training matrix, which at 1,000,000 × 64 would be another 256 MB),
/// each feature broadcast against <see cref="Queries"/> queries held feature-major. Four rows share each query load.
/// Every lane still sums its features in order, multiply then add, never fused, so keys are bit-identical to
/// <see cref="DistanceKey.SquaredDistance"/> and to every other backend.
/// </summary>
internal static class QueryLaneDistances
{
    /// <summary>Queries per group: two hardware vectors.</summary>
    public static int Queries => 2 * Vector<float>.Count;

    /// <summary>Groups of <see cref="Queries"/> needed for <paramref name="count"/> queries.</summary>
    public static int GroupCount(int count) => (count + Queries - 1) / Queries;

    /// <summary>
    /// Lays <paramref name="count"/> row-major queries out feature-major in groups: group g, feature j, lane l at
    /// ((g × d) + j) × Queries + l. Lanes past the last query repeat it; their keys are computed and dropped.
    /// </summary>
    public static float[] Interleave(ReadOnlySpan<float> queries, int count, int d)
    {
        var width = Queries;
        var interleaved = new float[GroupCount(count) * d * width];
        for (var slot = 0; slot < interleaved.Length / d; slot++)
        {
            var (group, lane) = Math.DivRem(slot, width);
            var source = queries.Slice(Math.Min((group * width) + lane, count - 1) * d, d);
            for (var j = 0; j < d; j++)
            {
                interleaved[(((group * d) + j) * width) + lane] = source[j];
            }
        }

        return interleaved;
    }

    /// <summary>
    /// Keys of training rows [<paramref name="rowStart"/>, <paramref name="rowEnd"/>) against every query: the key of
    /// query q and row r goes to keys[q × <paramref name="stride"/> + r], for q &lt; <paramref name="count"/>. All query
    /// groups run over the same rows in turn, so a chunk of rows is read from memory once per call, not once per group.
    /// </summary>
    public static unsafe void Compute(float* train, int d, int rowStart, int rowEnd, ReadOnlySpan<float> interleaved, int count, uint* keys, long stride)
    {
        var width = Queries;
        var groupSize = d * width;
        Span<uint> lanes = stackalloc uint[4 * width];
        fixed (float* queries = interleaved)
        {
            for (var group = 0; group * width < count; group++)
            {
                var q = queries + ((long)group * groupSize);
                var real = Math.Min(width, count - (group * width));
                var destination = keys + ((long)group * width * stride);
                var row = rowStart;
                for (; row + 4 <= rowEnd; row += 4)
                {
                    FourRows(train + ((long)row * d), d, q, lanes);
                    Store(lanes, 4, real, destination + row, stride);
                }

                for (; row < rowEnd; row++)
                {
                    OneRow(train + ((long)row * d), d, q, lanes);
                    Store(lanes, 1, real, destination + row, stride);
                }
            }
        }
    }

    private static unsafe void FourRows(float* rows, int d, float* q, Span<uint> lanes)
    {
        var w = Vector<float>.Count;
        var a00 = Vector<float>.Zero;
        var a01 = Vector<float>.Zero;
        var a10 = Vector<float>.Zero;
        var a11 = Vector<float>.Zero;
        var a20 = Vector<float>.Zero;
        var a21 = Vector<float>.Zero;
        var a30 = Vector<float>.Zero;
        var a31 = Vector<float>.Zero;
        var r1 = rows + d;
        var r2 = r1 + d;
        var r3 = r2 + d;
        for (var j = 0; j < d; j++, q += 2 * w)
        {
            var q0 = Vector.Load(q);
            var q1 = Vector.Load(q + w);

            var t = new Vector<float>(rows[j]);
            a00 = DistanceKey.AddSquaredDifference(a00, t, q0);
            a01 = DistanceKey.AddSquaredDifference(a01, t, q1);

            t = new Vector<float>(r1[j]);
            a10 = DistanceKey.AddSquaredDifference(a10, t, q0);
            a11 = DistanceKey.AddSquaredDifference(a11, t, q1);

            t = new Vector<float>(r2[j]);
            a20 = DistanceKey.AddSquaredDifference(a20, t, q0);
            a21 = DistanceKey.AddSquaredDifference(a21, t, q1);

            t = new Vector<float>(r3[j]);
            a30 = DistanceKey.AddSquaredDifference(a30, t, q0);
            a31 = DistanceKey.AddSquaredDifference(a31, t, q1);
        }

        DistanceKey.Canonicalize(a00).CopyTo(lanes);
        DistanceKey.Canonicalize(a01).CopyTo(lanes[w..]);
        DistanceKey.Canonicalize(a10).CopyTo(lanes[(2 * w)..]);
        DistanceKey.Canonicalize(a11).CopyTo(lanes[(3 * w)..]);
        DistanceKey.Canonicalize(a20).CopyTo(lanes[(4 * w)..]);
        DistanceKey.Canonicalize(a21).CopyTo(lanes[(5 * w)..]);
        DistanceKey.Canonicalize(a30).CopyTo(lanes[(6 * w)..]);
        DistanceKey.Canonicalize(a31).CopyTo(lanes[(7 * w)..]);
    }

    private static unsafe void OneRow(float* row, int d, float* q, Span<uint> lanes)
    {
        var w = Vector<float>.Count;
        var a0 = Vector<float>.Zero;
        var a1 = Vector<float>.Zero;
        for (var j = 0; j < d; j++, q += 2 * w)
        {
            var t = new Vector<float>(row[j]);
            a0 = DistanceKey.AddSquaredDifference(a0, t, Vector.Load(q));
            a1 = DistanceKey.AddSquaredDifference(a1, t, Vector.Load(q + w));
        }

        DistanceKey.Canonicalize(a0).CopyTo(lanes);
        DistanceKey.Canonicalize(a1).CopyTo(lanes[w..]);
    }

    // lanes holds `rows` consecutive rows' keys, one row after another; row i's keys go to column i of each query's line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Store(ReadOnlySpan<uint> lanes, int rows, int queries, uint* destination, long stride)
    {
        var width = Queries;
        for (var lane = 0; lane < queries; lane++)
        {
            var line = destination + (lane * stride);
            for (var i = 0; i < rows; i++)
            {
                line[i] = lanes[(i * width) + lane];
            }
        }
    }
}
