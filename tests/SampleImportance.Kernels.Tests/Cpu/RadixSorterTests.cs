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

    private static int[] Expected(uint[] keys)
    {
        var composite = keys.Select((k, i) => ((ulong)k << 32) | (uint)i).ToArray();
        Array.Sort(composite);
        return composite.Select(c => (int)(uint)c).ToArray();
    }
}
