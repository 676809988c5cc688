namespace SampleImportance.Kernels.Tests;

public sealed class NeighbourSelectorTests
{
    private const int Large = 5_000;
    private const int LastHeap = Large / NeighbourSelector.HeapRatio;

    public static TheoryData<int, int, int> Cases => new()
    {
        // (n, m, distinct keys): heap path (m × HeapRatio ≤ n), sort path cut to m, full sort; heavy ties and none.
        { 1, 1, 1 },
        { 2, 1, 2 },
        { 100, 1, 3 },
        { 100, 99, 5 },
        { 100, 100, 5 },
        { Large, 1, 2 },
        { Large, 7, 40 },
        { Large, LastHeap, 40 },
        { Large, LastHeap, int.MaxValue },
        { Large, LastHeap + 1, int.MaxValue },
        { Large, LastHeap + 1, 40 },
        { Large, Large, 40 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Select_returns_the_prefix_of_the_composite_key_order(int n, int m, int distinct)
    {
        var rng = new Random(n + m + distinct);
        var pool = Enumerable.Range(0, Math.Min(distinct, 100_000)).Select(_ => (uint)rng.NextInt64(0, 1L << 32)).ToArray();
        var keys = Enumerable.Range(0, n).Select(_ => distinct == int.MaxValue ? (uint)rng.NextInt64(0, 1L << 32) : pool[rng.Next(pool.Length)]).ToArray();

        AssertSelectsPrefix(keys, m);
    }

    [Fact]
    public void Keys_falling_with_the_index_replace_the_heap_root_every_time()
    {
        // The worst case for a bounded heap: every key beats every kept one.
        var keys = Enumerable.Range(0, 4_000).Select(i => (uint)(4_000 - i)).ToArray();

        AssertSelectsPrefix(keys, 9);
    }

    [Fact]
    public void Equal_keys_keep_the_lowest_indices()
    {
        var keys = Enumerable.Repeat(0x3F80_0000u, 1_000).ToArray();
        keys[700] = 0x3F00_0000u;
        var neighbours = new int[5];

        new NeighbourSelector().Select(keys, neighbours);

        Assert.Equal([700, 0, 1, 2, 3], neighbours);
    }

    [Fact]
    public void A_reused_selector_stays_correct_across_sizes()
    {
        var selector = new NeighbourSelector();
        foreach (var (n, m) in new[] { (2_000, 30), (50, 3), (2_000, 1_000), (300, 2) })
        {
            var rng = new Random(n * m);
            var keys = Enumerable.Range(0, n).Select(_ => (uint)rng.Next(100)).ToArray();
            var neighbours = new int[m];

            selector.Select(keys, neighbours);

            Assert.Equal(Expected(keys, m), neighbours);
        }
    }

    [Fact]
    public void More_neighbours_than_keys_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new NeighbourSelector().Select(new uint[3], new int[4]));
    }

    private static void AssertSelectsPrefix(uint[] keys, int m)
    {
        var neighbours = new int[m];

        new NeighbourSelector().Select(keys, neighbours);

        Assert.Equal(Expected(keys, m), neighbours);
    }

    private static int[] Expected(uint[] keys, int m)
    {
        var composite = keys.Select((k, i) => ((ulong)k << 32) | (uint)i).ToArray();
        Array.Sort(composite);
        return composite.Take(m).Select(c => (int)(uint)c).ToArray();
    }
}
