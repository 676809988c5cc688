namespace SampleImportance.Kernels.Tests;

public sealed class RadixSorterTests
{
    public static TheoryData<int, int> Cases => new()
    {
        // (length, distinct key count): heavy ties, no ties, and lengths around the buffer sizes.
        { 0, 1 },
        { 1, 1 },
        { 2, 2 },
        { 17, 3 },
        { 5_000, 5_000 },
        { 70_000, 40 },
        { 70_000, int.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sort_random_keys_matches_sorting_composite_keys(int length, int distinct)
    {
        var rng = new Random(length + distinct);
        var pool = Enumerable.Range(0, Math.Min(distinct, 100_000)).Select(_ => (uint)rng.NextInt64(0, 1L << 32)).ToArray();
        var keys = Enumerable.Range(0, length).Select(_ => distinct == int.MaxValue ? (uint)rng.NextInt64(0, 1L << 32) : pool[rng.Next(pool.Length)]).ToArray();

        AssertSortsLikeCompositeKeys(keys);
    }

    [Fact]
    public void Sort_keys_differing_only_in_the_high_digit_skips_low_passes_correctly()
    {
        var rng = new Random(5);
        var keys = Enumerable.Range(0, 3_000).Select(_ => (uint)rng.Next(1024) << 22).ToArray();

        AssertSortsLikeCompositeKeys(keys);
    }

    [Fact]
    public void Sort_keys_differing_only_in_the_low_digit_skips_high_passes_correctly()
    {
        var rng = new Random(6);
        var keys = Enumerable.Range(0, 3_000).Select(_ => 0x3F80_0000u | (uint)rng.Next(2048)).ToArray();

        AssertSortsLikeCompositeKeys(keys);
    }

    [Fact]
    public void Sort_all_equal_keys_returns_index_order()
    {
        var order = new int[500];

        new RadixSorter().Sort(Enumerable.Repeat(0x4000_0000u, 500).ToArray(), order);

        Assert.Equal(Enumerable.Range(0, 500), order);
    }

    [Fact]
    public void Sort_reused_instance_with_shrinking_inputs_stays_correct()
    {
        var sorter = new RadixSorter();
        foreach (var length in new[] { 1_000, 10, 400 })
        {
            var rng = new Random(length);
            var keys = Enumerable.Range(0, length).Select(_ => (uint)rng.Next(50)).ToArray();
            var order = new int[length];

            sorter.Sort(keys, order);

            Assert.Equal(Expected(keys), order);
        }
    }

    public static TheoryData<string> CompressedCases() => ["gaussian distances", "with exact duplicates (zero keys)", "grid distances", "wide range", "two values"];

    [Theory]
    [MemberData(nameof(CompressedCases))]
    public void Sort_in_place_matches_sorting_composite_keys_with_ties_and_wide_ranges(string kind)
    {
        var keys = CompressionKeys(kind, 60_000);
        var buffer = keys.Select(k => (int)k).ToArray();

        new RadixSorter().SortInPlace(buffer);

        Assert.Equal(Expected(keys), buffer);
    }

    [Theory]
    [MemberData(nameof(CompressedCases))]
    public void Sort_of_compressible_keys_matches_sorting_composite_keys(string kind)
    {
        AssertSortsLikeCompositeKeys(CompressionKeys(kind, 60_000));
    }

    [Fact]
    public void Sort_in_place_with_one_effective_pass_reads_keys_before_overwriting_them()
    {
        // 0 and 12 bits of spread: one pass, whose source and destination would be the same buffer.
        var rng = new Random(11);
        var keys = Enumerable.Range(0, 9_000).Select(_ => rng.Next(5) == 0 ? 0u : 0x4200_0000u + ((uint)rng.Next(4_000) << 3)).ToArray();
        var buffer = keys.Select(k => (int)k).ToArray();

        new RadixSorter().SortInPlace(buffer);

        Assert.Equal(Expected(keys), buffer);
    }

    [Fact]
    public void Key_range_of_float_distances_with_a_zero_needs_at_most_24_bits()
    {
        // Distances on a 1/1024 grid between 20 and 250 plus exact duplicates at 0: the zero would stretch a plain
        // (max − min) to 31 bits; set aside it leaves under 24 bits, two passes.
        var keys = CompressionKeys("with exact duplicates (zero keys)", 10_000);

        var range = KeyRange.Of(keys);

        Assert.InRange(range.Bits, 1, 2 * RadixSorter.MaxDigitBits);
        Assert.Equal(0u, range.Relative(0));
        var sorted = keys.Distinct().Order().ToArray();
        var relative = sorted.Select(range.Relative).ToArray();
        Assert.True(relative.Zip(relative.Skip(1)).All(p => p.First < p.Second), "relative keys must be strictly increasing");
        Assert.True(relative[^1] < 1u << range.Bits);
    }

    [Fact]
    public void Key_range_of_equal_keys_is_empty()
    {
        Assert.Equal(0, KeyRange.Of(Enumerable.Repeat(0x4100_0000u, 100).ToArray()).Bits);
        Assert.Equal(0, KeyRange.Of([]).Bits);
    }

    [Fact]
    public void Sort_output_of_wrong_length_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new RadixSorter().Sort(new uint[3], new int[2]));
    }

    private static void AssertSortsLikeCompositeKeys(uint[] keys)
    {
        var order = new int[keys.Length];

        new RadixSorter().Sort(keys, order);

        Assert.Equal(Expected(keys), order);
    }

    private static uint[] CompressionKeys(string kind, int length)
    {
        var rng = new Random(kind.Length);
        float Gaussian() => (float)(Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()));
        uint Bits(float distance) => BitConverter.SingleToUInt32Bits(distance);
        return Enumerable.Range(0, length).Select(i => kind switch
        {
            "gaussian distances" => Bits(Enumerable.Range(0, 16).Sum(_ => Gaussian() * Gaussian())),
            "with exact duplicates (zero keys)" => i % 97 == 0 ? 0u : Bits(rng.Next(20 * 1024, 250 * 1024) / 1024f),
            "grid distances" => Bits(rng.Next(20 * 1024, 250 * 1024) / 1024f),
            "wide range" => rng.Next(3) == 0 ? (uint)rng.Next(100) : (uint)rng.NextInt64(1L << 31, 1L << 32),
            _ => i % 2 == 0 ? 0x4000_0000u : 0x4000_0040u,
        }).ToArray();
    }

    private static int[] Expected(uint[] keys)
    {
        var composite = keys.Select((k, i) => ((ulong)k << 32) | (uint)i).ToArray();
        Array.Sort(composite);
        return composite.Select(c => (int)(uint)c).ToArray();
    }
}
