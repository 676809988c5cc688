using System.Numerics;
using System.Runtime.CompilerServices;

namespace SampleImportance.Kernels;

/// <summary>
/// The sort key every backend agrees on: the bits of a non-negative float distance are monotone as an
/// unsigned integer, so (distance bits, index) sorts exactly like (distance, index).
/// </summary>
internal static class DistanceKey
{
    /// <summary>Bits of +infinity once the sign is cleared; anything above is a NaN.</summary>
    public const uint InfinityBits = 0x7F80_0000u;

    /// <summary>The one NaN every backend maps NaN distances to, so they sort after +infinity, by index.</summary>
    public const uint CanonicalNaNBits = 0x7FC0_0000u;

    /// <summary>Mask that clears the sign bit.</summary>
    public const uint MagnitudeMask = 0x7FFF_FFFFu;

    /// <summary>The reference squared distance: features summed in order, multiply then add, in float.</summary>
    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var j = 0; j < a.Length; j++)
        {
            var diff = a[j] - b[j];
            sum += diff * diff;
        }

        return sum;
    }

    /// <summary>Bits of a distance, NaNs made canonical (payload and sign differ between CPU and GPU otherwise).</summary>
    public static uint Bits(float distance) => Canonicalize(BitConverter.SingleToUInt32Bits(distance));

    /// <summary>Clears the sign (sums of squares are never negative) and maps every NaN to <see cref="CanonicalNaNBits"/>.</summary>
    public static uint Canonicalize(uint bits)
    {
        var magnitude = bits & MagnitudeMask;
        return magnitude > InfinityBits ? CanonicalNaNBits : magnitude;
    }

    /// <summary>
    /// One feature's step of <see cref="SquaredDistance"/> in every lane: sum + (a − b)², the square rounded before the
    /// add (the JIT never contracts this into a fused multiply-add), so lanes reproduce the scalar sum bit for bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<float> AddSquaredDifference(Vector<float> sum, Vector<float> a, Vector<float> b)
    {
        var difference = a - b;
        return sum + (difference * difference);
    }

    /// <summary>Lane-wise <see cref="Canonicalize(uint)"/> of SIMD distances.</summary>
    public static Vector<uint> Canonicalize(Vector<float> distance)
    {
        var bits = Vector.AsVectorUInt32(distance) & new Vector<uint>(MagnitudeMask);
        var isNaN = Vector.GreaterThan(bits, new Vector<uint>(InfinityBits));
        return Vector.ConditionalSelect(isNaN, new Vector<uint>(CanonicalNaNBits), bits);
    }

    /// <summary>The composite key: distance bits high, index low.</summary>
    public static ulong Compose(uint distanceBits, int index) => ((ulong)distanceBits << 32) | (uint)index;
}
