using System.Numerics;
using System.Runtime.InteropServices;

namespace SampleImportance.Kernels;

/// <summary>
/// Distance keys of four queries against every training row: each panel's features are loaded once and
/// used for all four queries (the loop is memory-bound otherwise). Multiply then add, never fused, so
/// every lane reproduces the scalar sum exactly.
/// </summary>
internal static class SimdDistanceBlock
{
    /// <summary>Queries handled per pass over the training panels.</summary>
    public const int Queries = 4;

    /// <summary>Writes canonical distance bits for every padded training row into k0..k3 (length ≥ padded rows).</summary>
    public static void Compute(
        PanelMatrix train,
        ReadOnlySpan<float> q0,
        ReadOnlySpan<float> q1,
        ReadOnlySpan<float> q2,
        ReadOnlySpan<float> q3,
        Span<uint> k0,
        Span<uint> k1,
        Span<uint> k2,
        Span<uint> k3)
    {
        var w = Vector<float>.Count;
        var width = PanelMatrix.Width;
        var d = train.FeatureCount;
        var padded = train.PaddedRowCount;
        if (q0.Length < d || q1.Length < d || q2.Length < d || q3.Length < d)
        {
            throw new ArgumentException("Every query needs one value per feature.");
        }

        if (k0.Length < padded || k1.Length < padded || k2.Length < padded || k3.Length < padded)
        {
            throw new ArgumentException("Every key buffer needs one slot per padded training row.");
        }

        ref var data = ref MemoryMarshal.GetArrayDataReference(train.Data);
        ref var r0 = ref MemoryMarshal.GetReference(k0);
        ref var r1 = ref MemoryMarshal.GetReference(k1);
        ref var r2 = ref MemoryMarshal.GetReference(k2);
        ref var r3 = ref MemoryMarshal.GetReference(k3);
        for (var p = 0; p < train.PanelCount; p++)
        {
            var a00 = Vector<float>.Zero;
            var a01 = Vector<float>.Zero;
            var a10 = Vector<float>.Zero;
            var a11 = Vector<float>.Zero;
            var a20 = Vector<float>.Zero;
            var a21 = Vector<float>.Zero;
            var a30 = Vector<float>.Zero;
            var a31 = Vector<float>.Zero;
            var at = (nuint)p * (nuint)d * (nuint)width;
            for (var j = 0; j < d; j++, at += (nuint)width)
            {
                var t0 = Vector.LoadUnsafe(ref data, at);
                var t1 = Vector.LoadUnsafe(ref data, at + (nuint)w);

                var b = new Vector<float>(q0[j]);
                a00 = DistanceKey.AddSquaredDifference(a00, t0, b);
                a01 = DistanceKey.AddSquaredDifference(a01, t1, b);

                b = new Vector<float>(q1[j]);
                a10 = DistanceKey.AddSquaredDifference(a10, t0, b);
                a11 = DistanceKey.AddSquaredDifference(a11, t1, b);

                b = new Vector<float>(q2[j]);
                a20 = DistanceKey.AddSquaredDifference(a20, t0, b);
                a21 = DistanceKey.AddSquaredDifference(a21, t1, b);

                b = new Vector<float>(q3[j]);
                a30 = DistanceKey.AddSquaredDifference(a30, t0, b);
                a31 = DistanceKey.AddSquaredDifference(a31, t1, b);
            }

            var row = (nuint)(p * width);
            DistanceKey.Canonicalize(a00).StoreUnsafe(ref r0, row);
            DistanceKey.Canonicalize(a01).StoreUnsafe(ref r0, row + (nuint)w);
            DistanceKey.Canonicalize(a10).StoreUnsafe(ref r1, row);
            DistanceKey.Canonicalize(a11).StoreUnsafe(ref r1, row + (nuint)w);
            DistanceKey.Canonicalize(a20).StoreUnsafe(ref r2, row);
            DistanceKey.Canonicalize(a21).StoreUnsafe(ref r2, row + (nuint)w);
            DistanceKey.Canonicalize(a30).StoreUnsafe(ref r3, row);
            DistanceKey.Canonicalize(a31).StoreUnsafe(ref r3, row + (nuint)w);
        }
    }
}
