using System.Runtime.InteropServices;

namespace SampleImportance.Kernels;

/// <summary>
/// Stable LSD radix sort of 32-bit distance keys given in index order: stability makes ties come out by
/// lower index, which is exactly the (distance, index) order, without carrying the index in the key.
/// Keys are compressed first (<see cref="KeyRange"/>): the bits every key shares at the bottom are dropped and the
/// smallest key subtracted (zero keys, exact duplicates, aside), so a float distance set spanning a few exponents sorts in two passes, not three.
/// Up to <see cref="MaxDigitBits"/> bits per pass; a pass whose digit is the same for every key is skipped.
/// One instance per thread: it owns its scratch buffers.
/// </summary>
internal sealed class RadixSorter
{
    /// <summary>
    /// Widest digit: 4,096 buckets, so three histograms (48 KB) stay in L1/L2 and 24 significant bits take two passes.
    /// </summary>
    internal const int MaxDigitBits = 12;

    private const int Buckets = 1 << MaxDigitBits;

    private readonly int[] _counts = new int[3 * Buckets];
    private uint[] _keysA = [];
    private uint[] _keysB = [];
    private int[] _indicesA = [];
    private int[] _indicesB = [];

    /// <summary>Writes into <paramref name="order"/> the indices 0..n-1 sorted by (keys[i], i); the spans must not overlap.</summary>
    public void Sort(ReadOnlySpan<uint> keys, Span<int> order)
    {
        if (order.Length != keys.Length)
        {
            throw new ArgumentException("Expected one output slot per key.", nameof(order));
        }

        Sort(keys, order, inPlace: false);
    }

    /// <summary>
    /// Sorts keys stored as raw bits in <paramref name="keysThenOrder"/> and overwrites them with the indices 0..n-1
    /// sorted by (key, index): the caller's order buffer doubles as the key buffer, so no key array of its own is needed.
    /// </summary>
    public void SortInPlace(Span<int> keysThenOrder) => Sort(MemoryMarshal.Cast<int, uint>(keysThenOrder), keysThenOrder, inPlace: true);

    private void Sort(ReadOnlySpan<uint> keys, Span<int> order, bool inPlace)
    {
        var n = keys.Length;
        if (n == 0)
        {
            return;
        }

        var range = KeyRange.Of(keys);
        if (range.Bits == 0)
        {
            // Every key is equal: index order is the answer.
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            return;
        }

        var passes = (range.Bits + MaxDigitBits - 1) / MaxDigitBits;
        var width = (range.Bits + passes - 1) / passes;
        var mask = (1u << width) - 1;
        var counts = _counts.AsSpan(0, passes * Buckets);
        counts.Clear();
        Histogram(keys, range, passes, width, counts);

        // Passes whose digit is the same for every key leave the order as it is.
        Span<int> active = stackalloc int[3];
        var activeCount = 0;
        var anyRelative = range.Relative(keys[0]);
        for (var pass = 0; pass < passes; pass++)
        {
            var digit = (int)((anyRelative >> (pass * width)) & mask);
            if (counts[(pass * Buckets) + digit] != n)
            {
                active[activeCount++] = pass;
            }
        }

        EnsureCapacity(n, activeCount);
        var (shift, @base) = (range.Shift, range.Base);
        ReadOnlySpan<uint> sourceKeys = keys;
        if (inPlace && activeCount == 1)
        {
            // The only pass reads keys and writes indices into the same buffer: read from a copy.
            keys.CopyTo(_keysA);
            sourceKeys = _keysA.AsSpan(0, n);
        }

        ReadOnlySpan<int> sourceIndices = default;
        for (var at = 0; at < activeCount; at++)
        {
            var pass = active[at];
            var offsets = counts.Slice(pass * Buckets, 1 << width);
            ToOffsets(offsets);
            var digitShift = pass * width;
            if (at == activeCount - 1)
            {
                if (at == 0)
                {
                    ScatterIdentityIndices(sourceKeys, order, offsets, shift, @base, digitShift, mask);
                }
                else
                {
                    ScatterIndices(sourceKeys, sourceIndices, order, offsets, digitShift, mask);
                }

                return;
            }

            // Scratch keys hold the compressed (relative) keys, so later passes skip the shift and subtraction.
            var destinationKeys = (at % 2 == 0 ? _keysA : _keysB).AsSpan(0, n);
            var destinationIndices = (at % 2 == 0 ? _indicesA : _indicesB).AsSpan(0, n);
            if (at == 0)
            {
                ScatterIdentity(sourceKeys, destinationKeys, destinationIndices, offsets, shift, @base, digitShift, mask);
            }
            else
            {
                Scatter(sourceKeys, sourceIndices, destinationKeys, destinationIndices, offsets, digitShift, mask);
            }

            sourceKeys = destinationKeys;
            sourceIndices = destinationIndices;
        }
    }

    // Two scratch key/index pairs only when three passes run; two passes (the common case) need one.
    private void EnsureCapacity(int n, int activePasses)
    {
        if (_keysA.Length < n)
        {
            _keysA = new uint[n];
            _indicesA = new int[n];
        }

        if (activePasses > 2 && _keysB.Length < n)
        {
            _keysB = new uint[n];
            _indicesB = new int[n];
        }
    }

    private static void Histogram(ReadOnlySpan<uint> keys, KeyRange range, int passes, int width, Span<int> counts)
    {
        var mask = (1u << width) - 1;
        var (shift, @base) = (range.Shift, range.Base);
        var low = counts[..Buckets];
        switch (passes)
        {
            case 1:
                foreach (var key in keys)
                {
                    low[(int)KeyRange.Relative(key, shift, @base)]++;
                }

                break;
            case 2:
                var high = counts.Slice(Buckets, Buckets);
                foreach (var key in keys)
                {
                    var relative = KeyRange.Relative(key, shift, @base);
                    low[(int)(relative & mask)]++;
                    high[(int)(relative >> width)]++;
                }

                break;
            default:
                var mid = counts.Slice(Buckets, Buckets);
                var top = counts.Slice(2 * Buckets, Buckets);
                foreach (var key in keys)
                {
                    var relative = KeyRange.Relative(key, shift, @base);
                    low[(int)(relative & mask)]++;
                    mid[(int)((relative >> width) & mask)]++;
                    top[(int)(relative >> (2 * width))]++;
                }

                break;
        }
    }

    private static void ToOffsets(Span<int> counts)
    {
        var running = 0;
        for (var b = 0; b < counts.Length; b++)
        {
            var c = counts[b];
            counts[b] = running;
            running += c;
        }
    }

    private static void ScatterIdentity(ReadOnlySpan<uint> keys, Span<uint> toKeys, Span<int> toIndices, Span<int> offsets, int shift, uint @base, int digitShift, uint mask)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var relative = KeyRange.Relative(keys[i], shift, @base);
            var at = offsets[(int)((relative >> digitShift) & mask)]++;
            toKeys[at] = relative;
            toIndices[at] = i;
        }
    }

    private static void Scatter(ReadOnlySpan<uint> keys, ReadOnlySpan<int> indices, Span<uint> toKeys, Span<int> toIndices, Span<int> offsets, int digitShift, uint mask)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var at = offsets[(int)((key >> digitShift) & mask)]++;
            toKeys[at] = key;
            toIndices[at] = indices[i];
        }
    }

    private static void ScatterIdentityIndices(ReadOnlySpan<uint> keys, Span<int> toIndices, Span<int> offsets, int shift, uint @base, int digitShift, uint mask)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            toIndices[offsets[(int)((KeyRange.Relative(keys[i], shift, @base) >> digitShift) & mask)]++] = i;
        }
    }

    private static void ScatterIndices(ReadOnlySpan<uint> keys, ReadOnlySpan<int> indices, Span<int> toIndices, Span<int> offsets, int digitShift, uint mask)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            toIndices[offsets[(int)((keys[i] >> digitShift) & mask)]++] = indices[i];
        }
    }
}
