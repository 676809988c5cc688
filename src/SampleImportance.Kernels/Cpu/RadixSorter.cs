namespace SampleImportance.Kernels;

/// <summary>
/// Stable LSD radix sort of 32-bit distance keys given in index order: stability makes ties come out by
/// lower index, which is exactly the (distance, index) order, without carrying the index in the key.
/// Three passes of 11, 11 and 10 bits; a pass whose digit is the same for every key is skipped.
/// One instance per thread: it owns its scratch buffers.
/// </summary>
internal sealed class RadixSorter
{
    private static readonly int[] Shifts = [0, 11, 22];
    private static readonly int[] Widths = [11, 11, 10];
    private const int Buckets = 1 << 11;

    private readonly int[] _counts = new int[3 * Buckets];
    private uint[] _keysA = [];
    private uint[] _keysB = [];
    private int[] _indicesA = [];
    private int[] _indicesB = [];

    /// <summary>Writes into <paramref name="order"/> the indices 0..n-1 sorted by (keys[i], i).</summary>
    public void Sort(ReadOnlySpan<uint> keys, Span<int> order)
    {
        var n = keys.Length;
        if (order.Length != n)
        {
            throw new ArgumentException("Expected one output slot per key.", nameof(order));
        }

        if (n == 0)
        {
            return;
        }

        EnsureCapacity(n);
        var counts = _counts.AsSpan();
        counts.Clear();
        Histogram(keys, counts);

        var lastPass = -1;
        for (var pass = 0; pass < 3; pass++)
        {
            if (!IsSkipped(pass, keys[0], counts, n))
            {
                lastPass = pass;
            }
        }

        if (lastPass < 0)
        {
            // Every key is equal: index order is the answer.
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            return;
        }

        ReadOnlySpan<uint> sourceKeys = keys;
        ReadOnlySpan<int> sourceIndices = default;
        var identity = true;
        var useA = true;
        for (var pass = 0; pass <= lastPass; pass++)
        {
            if (IsSkipped(pass, keys[0], counts, n))
            {
                continue;
            }

            var offsets = counts.Slice(pass * Buckets, Buckets);
            ToOffsets(offsets);
            var shift = Shifts[pass];
            var mask = (1u << Widths[pass]) - 1;
            if (pass == lastPass)
            {
                if (identity)
                {
                    ScatterIdentityIndices(sourceKeys, order, offsets, shift, mask);
                }
                else
                {
                    ScatterIndices(sourceKeys, sourceIndices, order, offsets, shift, mask);
                }

                return;
            }

            var destinationKeys = (useA ? _keysA : _keysB).AsSpan(0, n);
            var destinationIndices = (useA ? _indicesA : _indicesB).AsSpan(0, n);
            if (identity)
            {
                ScatterIdentity(sourceKeys, destinationKeys, destinationIndices, offsets, shift, mask);
            }
            else
            {
                Scatter(sourceKeys, sourceIndices, destinationKeys, destinationIndices, offsets, shift, mask);
            }

            sourceKeys = destinationKeys;
            sourceIndices = destinationIndices;
            identity = false;
            useA = !useA;
        }
    }

    private void EnsureCapacity(int n)
    {
        if (_keysA.Length >= n)
        {
            return;
        }

        _keysA = new uint[n];
        _keysB = new uint[n];
        _indicesA = new int[n];
        _indicesB = new int[n];
    }

    private static void Histogram(ReadOnlySpan<uint> keys, Span<int> counts)
    {
        var low = counts[..Buckets];
        var mid = counts.Slice(Buckets, Buckets);
        var high = counts.Slice(2 * Buckets, Buckets);
        foreach (var key in keys)
        {
            low[(int)(key & 0x7FF)]++;
            mid[(int)((key >> 11) & 0x7FF)]++;
            high[(int)(key >> 22)]++;
        }
    }

    // Skipped when one bucket holds every key; only valid before that pass's counts become offsets.
    private static bool IsSkipped(int pass, uint anyKey, ReadOnlySpan<int> counts, int n)
    {
        var digit = (int)((anyKey >> Shifts[pass]) & ((1u << Widths[pass]) - 1));
        return counts[(pass * Buckets) + digit] == n;
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

    private static void ScatterIdentity(ReadOnlySpan<uint> keys, Span<uint> toKeys, Span<int> toIndices, Span<int> offsets, int shift, uint mask)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var at = offsets[(int)((key >> shift) & mask)]++;
            toKeys[at] = key;
            toIndices[at] = i;
        }
    }

    private static void Scatter(ReadOnlySpan<uint> keys, ReadOnlySpan<int> indices, Span<uint> toKeys, Span<int> toIndices, Span<int> offsets, int shift, uint mask)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var at = offsets[(int)((key >> shift) & mask)]++;
            toKeys[at] = key;
            toIndices[at] = indices[i];
        }
    }

    private static void ScatterIdentityIndices(ReadOnlySpan<uint> keys, Span<int> toIndices, Span<int> offsets, int shift, uint mask)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            toIndices[offsets[(int)((keys[i] >> shift) & mask)]++] = i;
        }
    }

    private static void ScatterIndices(ReadOnlySpan<uint> keys, ReadOnlySpan<int> indices, Span<int> toIndices, Span<int> offsets, int shift, uint mask)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            toIndices[offsets[(int)((keys[i] >> shift) & mask)]++] = indices[i];
        }
    }
}
