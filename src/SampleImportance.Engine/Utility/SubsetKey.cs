using SampleImportance.Abstractions;

namespace SampleImportance.Engine.Utility;

/// <summary>A subset of training rows as a bit set, with value equality: the content address of one utility evaluation.</summary>
internal readonly struct SubsetKey : IEquatable<SubsetKey>
{
    private readonly ulong[] _bits;
    private readonly int _hash;

    /// <summary>The union of the rows of <paramref name="units"/> (any order, repeats count once): one pass, no sort.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A unit is outside the partition, or a row outside [0, <paramref name="rowCount"/>).</exception>
    public SubsetKey(UnitPartition partition, ReadOnlySpan<int> units, int rowCount)
    {
        _bits = new ulong[(rowCount + 63) >> 6];
        foreach (var unit in units)
        {
            if ((uint)unit >= (uint)partition.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(units), $"Unit {unit} is outside [0, {partition.Count}).");
            }

            foreach (var r in partition.RowsOf(unit))
            {
                if ((uint)r >= (uint)rowCount)
                {
                    throw new ArgumentOutOfRangeException(nameof(units), r, $"Row index outside [0, {rowCount}).");
                }

                _bits[r >> 6] |= 1UL << (r & 63);
            }
        }

        _hash = Hash(_bits);
    }

    private SubsetKey(ulong[] bits)
    {
        _bits = bits;
        _hash = Hash(bits);
    }

    /// <summary>Rows in the subset.</summary>
    public int RowCount
    {
        get
        {
            var count = 0;
            foreach (var word in _bits)
            {
                count += System.Numerics.BitOperations.PopCount(word);
            }

            return count;
        }
    }

    /// <summary>
    /// The key of the ordered pair (<paramref name="subset"/>, <paramref name="start"/>): the content address of a
    /// warm-started evaluation, built without text so that a permutation walk's per-prefix starts cost no strings.
    /// </summary>
    public static SubsetKey Pair(SubsetKey subset, SubsetKey start) => new([.. subset._bits, .. start._bits]);

    /// <summary>The distinct rows in ascending order (a canonical fit order, so U(S) never depends on how S was listed).</summary>
    public int[] ToRows()
    {
        var rows = new int[RowCount];
        WriteRows(rows);
        return rows;
    }

    /// <summary>Writes the <see cref="RowCount"/> distinct rows in ascending order into <paramref name="rows"/>.</summary>
    public void WriteRows(Span<int> rows)
    {
        var k = 0;
        for (var w = 0; w < _bits.Length; w++)
        {
            var word = _bits[w];
            while (word != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(word);
                rows[k++] = (w << 6) + bit;
                word &= word - 1;
            }
        }
    }

    public bool Equals(SubsetKey other) => _bits.AsSpan().SequenceEqual(other._bits);

    public override bool Equals(object? obj) => obj is SubsetKey other && Equals(other);

    public override int GetHashCode() => _hash;

    private static int Hash(ulong[] bits)
    {
        var hash = new HashCode();
        foreach (var word in bits)
        {
            hash.Add(word);
        }

        return hash.ToHashCode();
    }
}
