using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary>The <see cref="IComputeBackend.NearestNeighbours"/> contract, written once and run on every backend present.</summary>
[Collection(BackendCollection.Name)]
public sealed class NearestNeighboursTests(BackendFixture backends)
{
    public static TheoryData<string> Backends => BackendFixture.Present;

    [Theory]
    [MemberData(nameof(Backends))]
    public void Neighbours_match_the_brute_force_reference_for_every_k(string backend)
    {
        // n off powers of two and panel widths; k from 1 to past n, either side of every power of two.
        var train = TestSets.Random(1, 150, 7, scale: 2f);
        var queries = TestSets.Random(2, 6, 7, scale: 2f);
        foreach (var k in new[] { 1, 2, 3, 5, 8, 17, 18, 19, 64, 100, 149, 150, 151, 1_000 })
        {
            Assert.Equal(ReferenceOrdering.Neighbours(train, queries, k), TestSets.Neighbours(backends[backend], train, queries, k));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Neighbours_are_the_prefix_of_the_sorted_order(string backend)
    {
        var train = TestSets.Random(3, 97, 13);
        var queries = TestSets.Random(4, 5, 13);
        var order = TestSets.Sort(backends[backend], train, queries);
        foreach (var k in new[] { 1, 4, 12, 13, 50, 97 })
        {
            var neighbours = TestSets.Neighbours(backends[backend], train, queries, k);

            for (var q = 0; q < queries.Count; q++)
            {
                Assert.Equal(order.AsSpan(q * train.Count, k).ToArray(), neighbours.AsSpan(q * k, k).ToArray());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void K_above_or_equal_to_n_returns_the_full_order(string backend)
    {
        var train = TestSets.Random(5, 23, 4);
        var queries = TestSets.Random(6, 3, 4);
        var full = ReferenceOrdering.Sort(train, queries);

        Assert.Equal(full, TestSets.Neighbours(backends[backend], train, queries, 23));
        Assert.Equal(full, TestSets.Neighbours(backends[backend], train, queries, 24));
        Assert.Equal(full, TestSets.Neighbours(backends[backend], train, queries, int.MaxValue));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Ties_on_integer_grid_data_with_duplicates_are_broken_by_lower_index(string backend)
    {
        // Two levels in four features: 16 distinct rows among 200, so every distance is shared by many rows.
        var train = TestSets.Grid(7, 200, 4, levels: 2);
        var queries = TestSets.Grid(8, 6, 4, levels: 3);
        foreach (var k in new[] { 1, 3, 10, 25, 26, 60, 200, 201 })
        {
            Assert.Equal(ReferenceOrdering.Neighbours(train, queries, k), TestSets.Neighbours(backends[backend], train, queries, k));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Ties_in_a_training_set_large_enough_for_cpu_simd_s_heap_are_broken_by_lower_index(string backend)
    {
        // n = 1,000 with 27 distinct rows: on cpu-simd k ≤ n / HeapRatio takes the bounded heap, larger k the sort.
        var train = TestSets.Grid(21, 1_000, 3, levels: 3);
        var queries = TestSets.Grid(22, 2, 3, levels: 3);
        var lastHeap = train.Count / NeighbourSelector.HeapRatio;
        foreach (var k in new[] { 1, 4, lastHeap, lastHeap + 1, 40 })
        {
            Assert.Equal(ReferenceOrdering.Neighbours(train, queries, k), TestSets.Neighbours(backends[backend], train, queries, k));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Identical_training_rows_give_the_lowest_indices(string backend)
    {
        var train = TestSets.Set(Enumerable.Repeat(0.5f, 70 * 2).ToArray(), 2);
        var queries = TestSets.Random(9, 2, 2);

        var neighbours = TestSets.Neighbours(backends[backend], train, queries, 5);

        Assert.Equal([0, 1, 2, 3, 4, 0, 1, 2, 3, 4], neighbours);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void One_training_row_is_every_query_s_only_neighbour(string backend)
    {
        var train = TestSets.Random(10, 1, 3);
        var queries = TestSets.Random(11, 5, 3);

        Assert.Equal(new int[5], TestSets.Neighbours(backends[backend], train, queries, 1));
        Assert.Equal(new int[5], TestSets.Neighbours(backends[backend], train, queries, 4));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Query_offsets_and_tiles_give_the_rows_of_the_whole_call(string backend)
    {
        var train = TestSets.Random(12, 80, 6);
        var queries = TestSets.Random(13, 11, 6);
        const int K = 7;
        var whole = ReferenceOrdering.Neighbours(train, queries, K);

        foreach (var tile in new[] { 1, 3, 4, 5, 11 })
        {
            var tiled = new int[whole.Length];
            for (var start = 0; start < queries.Count; start += tile)
            {
                var count = Math.Min(tile, queries.Count - start);
                backends[backend].NearestNeighbours(train, queries, start, count, K, tiled.AsSpan(start * K, count * K));
            }

            Assert.Equal(whole, tiled);
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Only_the_requested_slots_are_written(string backend)
    {
        var train = TestSets.Random(14, 30, 3);
        var queries = TestSets.Random(15, 6, 3);
        var neighbours = Enumerable.Repeat(-7, 20).ToArray();

        backends[backend].NearestNeighbours(train, queries, 4, 2, 3, neighbours);

        var expected = ReferenceOrdering.Neighbours(train, queries, 3).AsSpan(4 * 3, 2 * 3).ToArray();
        Assert.Equal(expected, neighbours[..6]);
        Assert.All(neighbours[6..], value => Assert.Equal(-7, value));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Nan_and_infinite_distances_come_last_by_index(string backend)
    {
        float[] values =
        [
            float.NaN, 0,              // 0: NaN distance
            1, 1,                      // 1
            float.PositiveInfinity, 0, // 2: infinite distance
            0, 0,                      // 3
            0, float.NaN,              // 4: NaN distance
            float.NegativeInfinity, 0, // 5: infinite distance
            2, 2,                      // 6
        ];
        var train = TestSets.Set(values, 2);
        var queries = TestSets.Set([0.25f, 0.25f], 2);

        Assert.Equal([3, 1, 6, 2], TestSets.Neighbours(backends[backend], train, queries, 4));
        Assert.Equal([3, 1, 6, 2, 5, 0], TestSets.Neighbours(backends[backend], train, queries, 6));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Zero_queries_write_nothing(string backend)
    {
        var train = TestSets.Random(16, 10, 2);
        var queries = TestSets.Random(17, 4, 2);
        var neighbours = Enumerable.Repeat(-7, 6).ToArray();

        backends[backend].NearestNeighbours(train, queries, 2, 0, 3, neighbours);

        Assert.All(neighbours, value => Assert.Equal(-7, value));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Invalid_arguments_are_rejected(string backend)
    {
        var compute = backends[backend];
        var train = TestSets.Random(18, 10, 3);
        var queries = TestSets.Random(19, 4, 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => compute.NearestNeighbours(train, queries, 0, 1, 0, new int[10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => compute.NearestNeighbours(train, queries, 3, 2, 1, new int[10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => compute.NearestNeighbours(train, queries, -1, 1, 1, new int[10]));
        Assert.Throws<ArgumentException>(() => compute.NearestNeighbours(train, queries, 0, 2, 3, new int[5]));
        Assert.Throws<ArgumentException>(() => compute.NearestNeighbours(train, queries, 0, 2, 20, new int[19]));
        var error = Assert.Throws<ArgumentException>(() => compute.NearestNeighbours(train, TestSets.Random(20, 2, 4), 0, 1, 1, new int[1]));
        Assert.Contains("features", error.Message, StringComparison.Ordinal);
    }
}
