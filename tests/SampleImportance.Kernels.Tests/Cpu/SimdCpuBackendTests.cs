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
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimdCpuBackend(preferredQueryTile: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimdCpuBackend(maxDegreeOfParallelism: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimdCpuBackend(maxDegreeOfParallelism: -2));
    }
}
