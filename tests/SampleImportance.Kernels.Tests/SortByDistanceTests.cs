using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary>The <see cref="IComputeBackend.SortByDistance"/> contract, written once and run on every backend present.</summary>
[Collection(BackendCollection.Name)]
public sealed class SortByDistanceTests(BackendFixture backends)
{
    public static TheoryData<string> Backends => BackendFixture.Present;

    [Theory]
    [MemberData(nameof(Backends))]
    public void Ordering_matches_the_naive_scalar_reference(string backend)
    {
        (int Rows, int Features, int Queries, float Scale)[] shapes =
        [
            (1, 1, 1, 1f),
            (2, 1, 3, 1f),
            (37, 3, 5, 1f),
            (129, 9, 4, 10f),
            (300, 16, 6, 0.01f),
            (64, 8, 2, 1000f),
        ];
        for (var s = 0; s < shapes.Length; s++)
        {
            var (rows, features, queries, scale) = shapes[s];
            var train = TestSets.Random(100 + s, rows, features, scale);
            var query = TestSets.Random(200 + s, queries, features, scale);

            var actual = TestSets.Sort(backends[backend], train, query);

            Assert.Equal(ReferenceOrdering.Sort(train, query), actual);
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Every_query_row_is_a_permutation_of_the_training_indices(string backend)
    {
        var train = TestSets.Random(7, 45, 5);
        var queries = TestSets.Random(8, 3, 5);

        var order = TestSets.Sort(backends[backend], train, queries);

        for (var q = 0; q < queries.Count; q++)
        {
            var row = order.AsSpan(q * train.Count, train.Count).ToArray();
            Array.Sort(row);
            Assert.Equal(Enumerable.Range(0, train.Count), row);
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Ties_are_broken_by_lower_index(string backend)
    {
        // Two distinct rows repeated in a scattered pattern, queried from the first one.
        var near = new float[] { 1, 2, 3 };
        var far = new float[] { 4, 4, 4 };
        var pattern = new[] { false, true, false, false, true, true, false, true, false };
        var values = pattern.SelectMany(isFar => isFar ? far : near).ToArray();
        var train = TestSets.Set(values, 3);
        var queries = TestSets.Set([.. near], 3);

        var order = TestSets.Sort(backends[backend], train, queries);

        var expectedNear = Enumerable.Range(0, pattern.Length).Where(i => !pattern[i]);
        var expectedFar = Enumerable.Range(0, pattern.Length).Where(i => pattern[i]);
        Assert.Equal(expectedNear.Concat(expectedFar), order);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Identical_training_rows_come_out_in_index_order(string backend)
    {
        var train = TestSets.Set(Enumerable.Repeat(0.5f, 70 * 2).ToArray(), 2);
        var queries = TestSets.Random(3, 2, 2);

        var order = TestSets.Sort(backends[backend], train, queries);

        Assert.Equal(Enumerable.Range(0, 70).Concat(Enumerable.Range(0, 70)), order);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Grid_data_with_many_exact_ties_matches_the_reference(string backend)
    {
        var train = TestSets.Grid(11, 250, 4, levels: 3);
        var queries = TestSets.Grid(12, 5, 4, levels: 3);

        var order = TestSets.Sort(backends[backend], train, queries);

        Assert.Equal(ReferenceOrdering.Sort(train, queries), order);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_query_equal_to_a_training_row_finds_that_row_first(string backend)
    {
        var train = TestSets.Random(21, 90, 7);
        var queries = train.Select([42, 0, 89]);

        var order = TestSets.Sort(backends[backend], train, queries);

        Assert.Equal(42, order[0]);
        Assert.Equal(0, order[90]);
        Assert.Equal(89, order[180]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Nan_distances_sort_after_infinite_ones_by_index(string backend)
    {
        float[] values =
        [
            float.NaN, 0,         // 0: NaN distance
            1, 1,                 // 1
            float.PositiveInfinity, 0, // 2: infinite distance
            0, 0,                 // 3
            0, float.NaN,         // 4: NaN distance
            float.NegativeInfinity, 0, // 5: infinite distance
            2, 2,                 // 6
        ];
        var train = TestSets.Set(values, 2);
        var queries = TestSets.Set([0.25f, 0.25f], 2);

        var order = TestSets.Sort(backends[backend], train, queries);

        Assert.Equal([3, 1, 6, 2, 5, 0, 4], order);
        Assert.Equal(ReferenceOrdering.Sort(train, queries), order);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Results_do_not_depend_on_tile_boundaries(string backend)
    {
        var train = TestSets.Random(31, 150, 11);
        var queries = TestSets.Random(32, 11, 11);
        var whole = TestSets.Sort(backends[backend], train, queries);

        foreach (var tile in new[] { 1, 3, 4, 5, 10 })
        {
            var tiled = new int[whole.Length];
            for (var start = 0; start < queries.Count; start += tile)
            {
                var count = Math.Min(tile, queries.Count - start);
                backends[backend].SortByDistance(train, queries, start, count, tiled.AsSpan(start * train.Count, count * train.Count));
            }

            Assert.Equal(whole, tiled);
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_new_training_set_of_the_same_shape_is_not_served_from_a_cache(string backend)
    {
        var first = TestSets.Random(41, 60, 6);
        var second = TestSets.Random(42, 60, 6);
        var queries = TestSets.Random(43, 3, 6);

        var a = TestSets.Sort(backends[backend], first, queries);
        var b = TestSets.Sort(backends[backend], second, queries);
        var again = TestSets.Sort(backends[backend], first, queries);

        Assert.Equal(ReferenceOrdering.Sort(first, queries), a);
        Assert.Equal(ReferenceOrdering.Sort(second, queries), b);
        Assert.Equal(a, again);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Zero_queries_write_nothing(string backend)
    {
        var train = TestSets.Random(51, 10, 2);
        var queries = TestSets.Random(52, 4, 2);
        var order = Enumerable.Repeat(-7, 10).ToArray();

        backends[backend].SortByDistance(train, queries, 2, 0, order);

        Assert.All(order, value => Assert.Equal(-7, value));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Mismatched_feature_counts_are_rejected(string backend)
    {
        var train = TestSets.Random(61, 10, 3);
        var queries = TestSets.Random(62, 2, 4);

        var error = Assert.Throws<ArgumentException>(() => backends[backend].SortByDistance(train, queries, 0, 2, new int[20]));

        Assert.Contains("features", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_query_range_past_the_end_is_rejected(string backend)
    {
        var train = TestSets.Random(63, 10, 3);
        var queries = TestSets.Random(64, 4, 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => backends[backend].SortByDistance(train, queries, 3, 2, new int[20]));
        Assert.Throws<ArgumentOutOfRangeException>(() => backends[backend].SortByDistance(train, queries, -1, 1, new int[10]));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_destination_too_short_is_rejected(string backend)
    {
        var train = TestSets.Random(65, 10, 3);
        var queries = TestSets.Random(66, 4, 3);

        Assert.Throws<ArgumentException>(() => backends[backend].SortByDistance(train, queries, 0, 2, new int[19]));
    }
}
