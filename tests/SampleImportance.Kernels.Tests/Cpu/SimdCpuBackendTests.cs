namespace SampleImportance.Kernels.Tests;

public sealed class SimdCpuBackendTests
{
    [Fact]
    public void Name_and_default_tile_are_reported()
    {
        var backend = new SimdCpuBackend();

        Assert.Equal("cpu-simd", backend.Name);
        Assert.Equal(SimdCpuBackend.DefaultQueryTile, backend.PreferredQueryTile);
        Assert.Equal(17, new SimdCpuBackend(preferredQueryTile: 17).PreferredQueryTile);
    }

    [Fact]
    public void Results_do_not_depend_on_thread_count()
    {
        var train = TestSets.Random(1, 3_001, 37, scale: 2f);
        var queries = TestSets.Random(2, 13, 37, scale: 2f);

        var single = TestSets.Sort(new SimdCpuBackend(maxDegreeOfParallelism: 1), train, queries);
        var two = TestSets.Sort(new SimdCpuBackend(maxDegreeOfParallelism: 2), train, queries);
        var unbounded = TestSets.Sort(new SimdCpuBackend(), train, queries);

        Assert.Equal(single, two);
        Assert.Equal(single, unbounded);
    }

    [Fact]
    public void Larger_inputs_match_the_naive_scalar_reference()
    {
        // Wider than a vector in d, odd n, more queries than one four-query block.
        var train = TestSets.Random(3, 2_003, 70);
        var queries = TestSets.Random(4, 9, 70);

        Assert.Equal(ReferenceOrdering.Sort(train, queries), TestSets.Sort(new SimdCpuBackend(), train, queries));
    }

    [Theory]
    [InlineData(5, 1_501, 37)]
    [InlineData(300, 1_003, 17)]
    [InlineData(64, 3, 1)]
    public void Sorts_over_several_query_groups_and_row_chunks_match_the_naive_scalar_reference(int features, int rows, int queryCount)
    {
        // 37 queries span three query-lane groups; 300 features make 256 KB chunks of a few hundred rows; 3 rows
        // leave only the one-row tail.
        var train = TestSets.Random(features, rows, features, scale: 3f);
        var queries = TestSets.Random(features + 1, queryCount, features, scale: 3f);

        Assert.Equal(ReferenceOrdering.Sort(train, queries), TestSets.Sort(new SimdCpuBackend(maxDegreeOfParallelism: 2), train, queries));
    }

    [Fact]
    public void Queries_taken_from_the_training_set_itself_rank_themselves_first()
    {
        var train = TestSets.Random(5, 500, 12);
        var order = new int[train.Count * train.Count];

        new SimdCpuBackend().SortByDistance(train, train, 0, train.Count, order);

        for (var q = 0; q < train.Count; q++)
        {
            Assert.Equal(q, order[q * train.Count]);
        }
    }

    [Fact]
    public void Neighbours_do_not_depend_on_thread_count_and_match_the_reference()
    {
        // Large enough that both the heap and the cut sort run, either side of the switch.
        var train = TestSets.Random(6, 3_001, 37, scale: 2f);
        var queries = TestSets.Random(7, 13, 37, scale: 2f);
        var lastHeap = train.Count / NeighbourSelector.HeapRatio;
        foreach (var k in new[] { 1, 10, lastHeap, lastHeap + 1, 400 })
        {
            var single = TestSets.Neighbours(new SimdCpuBackend(maxDegreeOfParallelism: 1), train, queries, k);
            var unbounded = TestSets.Neighbours(new SimdCpuBackend(), train, queries, k);

            Assert.Equal(single, unbounded);
            Assert.Equal(ReferenceOrdering.Neighbours(train, queries, k), unbounded);
        }
    }

    [Fact]
    public void Heavily_tied_neighbours_on_a_larger_grid_match_the_reference()
    {
        // 16 distinct rows among 3,000: the heap's worst kept distance is shared by hundreds of rows.
        var train = TestSets.Grid(10, 3_000, 4, levels: 2);
        var queries = TestSets.Grid(11, 9, 4, levels: 3);
        foreach (var k in new[] { 1, 5, 20, 23, 24, 300 })
        {
            Assert.Equal(ReferenceOrdering.Neighbours(train, queries, k), TestSets.Neighbours(new SimdCpuBackend(), train, queries, k));
        }
    }

    [Fact]
    public void Larger_dot_products_match_the_scalar_reference_on_any_thread_count()
    {
        // Several 32 × 64 output tiles, both edges partial, width over several 128-wide k tiles.
        const int LeftRows = 70;
        const int RightRows = 131;
        const int Width = 333;
        var left = ReferenceDotProducts.Values(8, LeftRows * Width);
        var right = ReferenceDotProducts.Values(9, RightRows * Width);
        var expected = ReferenceDotProducts.Bits(ReferenceDotProducts.Compute(left, LeftRows, right, RightRows, Width));
        foreach (var threads in new[] { 1, 2, -1 })
        {
            var products = new double[LeftRows * RightRows];

            new SimdCpuBackend(maxDegreeOfParallelism: threads).DotProducts(left, LeftRows, right, RightRows, Width, products);

            Assert.Equal(expected, ReferenceDotProducts.Bits(products));
        }
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimdCpuBackend(preferredQueryTile: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimdCpuBackend(maxDegreeOfParallelism: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimdCpuBackend(maxDegreeOfParallelism: -2));
    }
}
