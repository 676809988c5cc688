using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SampleImportance.Kernels;

/// <summary>
/// The order-preserving compression of a set of 32-bit keys: relative(key) = (key &gt;&gt; <see cref="Shift"/>) −
/// <see cref="Base"/>, and relative(0) = 0. Shift drops the low bits every key shares (distances on a grid, e.g. features
/// with few decimals, end in zeros); Base makes the smallest non-zero key 1 when a zero key is present (an exact
/// duplicate: in-sample validation, or repeated rows, would otherwise stretch the range over every exponent) and 0
/// otherwise. Relative keys fit in <see cref="Bits"/> bits; Bits = 0 means every key is equal. Strictly monotone on the
/// set, so sorting relative keys stably sorts the keys.
/// </summary>
internal readonly record struct KeyRange(int Shift, uint Base, int Bits)
{
    /// <summary>One SIMD pass: minimum, maximum and the bits in which any key differs from the first.</summary>
    public static KeyRange Of(ReadOnlySpan<uint> keys)
    {
        if (keys.IsEmpty)
        {
            return new KeyRange(0, 0, 0);
        }

        // minimumBelow tracks min(key − 1) with wrap-around: the smallest non-zero key, less one (0 maps to the top).
        var first = keys[0];
        var (min, minimumBelow, max, differing) = (first, first - 1, first, 0u);
        var at = 0;
        var w = Vector<uint>.Count;
        if (keys.Length >= w)
        {
            ref var start = ref MemoryMarshal.GetReference(keys);
            var vFirst = new Vector<uint>(first);
            var (vMin, vMinimumBelow, vMax) = (vFirst, vFirst - Vector<uint>.One, vFirst);
            var vDiffering = Vector<uint>.Zero;
            for (; at <= keys.Length - w; at += w)
            {
                var v = Vector.LoadUnsafe(ref start, (nuint)at);
                vMin = Vector.Min(vMin, v);
                vMinimumBelow = Vector.Min(vMinimumBelow, v - Vector<uint>.One);
                vMax = Vector.Max(vMax, v);
                vDiffering |= v ^ vFirst;
            }

            for (var lane = 0; lane < w; lane++)
            {
                (min, minimumBelow) = (Math.Min(min, vMin[lane]), Math.Min(minimumBelow, vMinimumBelow[lane]));
                (max, differing) = (Math.Max(max, vMax[lane]), differing | vDiffering[lane]);
            }
        }

        for (; at < keys.Length; at++)
        {
            var key = keys[at];
            (min, minimumBelow) = (Math.Min(min, key), Math.Min(minimumBelow, key - 1));
            (max, differing) = (Math.Max(max, key), differing | (key ^ first));
        }

        if (differing == 0)
        {
            return new KeyRange(0, 0, 0);
        }

        // Every key agrees with the first below the lowest differing bit, so shifting those bits out keeps the order.
        // With a zero key present those shared bits are zeros, so the smallest non-zero key shifted is at least 1.
        var shift = BitOperations.TrailingZeroCount(differing);
        var smallestNonZero = (minimumBelow + 1) >> shift;
        var @base = min == 0 ? smallestNonZero - 1 : smallestNonZero;
        return new KeyRange(shift, @base, 32 - BitOperations.LeadingZeroCount((max >> shift) - @base));
    }

    /// <summary>The compressed key, below 2^<see cref="Bits"/>.</summary>
    public uint Relative(uint key) => Relative(key, Shift, Base);

    /// <summary><see cref="Relative(uint)"/> with the fields passed in, for hot loops.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Relative(uint key, int shift, uint @base) => key == 0 ? 0 : (key >> shift) - @base;
}
