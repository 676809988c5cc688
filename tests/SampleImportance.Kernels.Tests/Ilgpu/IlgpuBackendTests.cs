namespace SampleImportance.Kernels.Tests;

public sealed class IlgpuBackendTests
{
    [Fact]
    public void Simulator_reports_its_name_tile_and_device()
    {
        using var backend = IlgpuDevices.CreateSimulator();

        Assert.Equal("ilgpu-cpu", backend.Name);
        Assert.Equal(IlgpuBackend.DefaultSimulatorQueryTile, backend.PreferredQueryTile);
        Assert.False(string.IsNullOrWhiteSpace(backend.DeviceName));
    }

    [Fact]
    public void Calls_larger_than_the_tile_are_batched_with_identical_results()
    {
        using var backend = IlgpuDevices.CreateSimulator(preferredQueryTile: 2);
        var train = TestSets.Random(1, 40, 5);
        var queries = TestSets.Random(2, 7, 5);

        Assert.Equal(ReferenceOrdering.Sort(train, queries), TestSets.Sort(backend, train, queries));
    }

    [Fact]
    public void Neighbour_calls_larger_than_the_tile_are_batched_with_identical_results()
    {
        using var backend = IlgpuDevices.CreateSimulator(preferredQueryTile: 2);
        var train = TestSets.Random(5, 40, 5);
        var queries = TestSets.Random(6, 7, 5);

        Assert.Equal(ReferenceOrdering.Neighbours(train, queries, 6), TestSets.Neighbours(backend, train, queries, 6));
    }

    [Fact]
    public void Alternating_k_and_call_kinds_reuse_device_buffers_correctly()
    {
        using var backend = IlgpuDevices.CreateSimulator();
        var queries = TestSets.Random(7, 3, 4);
        foreach (var (rows, k) in new[] { (5, 2), (130, 3), (130, 130), (20, 1), (130, 64) })
        {
            var train = TestSets.Random(rows + k, rows, 4);

            Assert.Equal(ReferenceOrdering.Neighbours(train, queries, k), TestSets.Neighbours(backend, train, queries, k));
            Assert.Equal(ReferenceOrdering.Sort(train, queries), TestSets.Sort(backend, train, queries));
        }
    }

    [Fact]
    public void Growing_training_sets_reallocate_device_buffers()
    {
        using var backend = IlgpuDevices.CreateSimulator();
        var queries = TestSets.Random(3, 3, 4);
        foreach (var rows in new[] { 5, 130, 20 })
        {
            var train = TestSets.Random(rows, rows, 4);

            Assert.Equal(ReferenceOrdering.Sort(train, queries), TestSets.Sort(backend, train, queries));
        }
    }

    [Fact]
    public void Use_after_dispose_throws_and_dispose_is_idempotent()
    {
        var backend = IlgpuDevices.CreateSimulator();
        var train = TestSets.Random(4, 5, 2);

        backend.Dispose();
        backend.Dispose();

        Assert.Throws<ObjectDisposedException>(() => backend.SortByDistance(train, train, 0, 1, new int[5]));
    }

    [Fact]
    public void Invalid_tile_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IlgpuDevices.CreateSimulator(preferredQueryTile: 0));
    }
}
