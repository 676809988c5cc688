using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary><see cref="IDisposable"/> on every backend present: idempotent, and every call afterwards throws.</summary>
public sealed class LifetimeTests
{
    public static TheoryData<string> Backends => BackendFixture.Present;

    [Theory]
    [MemberData(nameof(Backends))]
    public void Every_call_after_dispose_throws(string backend)
    {
        var compute = BackendFixture.Create(backend);
        var train = TestSets.Random(1, 5, 2);
        compute.SortByDistance(train, train, 0, 1, new int[5]);
        compute.DotProducts([1.0], 1, [2.0], 1, 1, new double[1]);

        compute.Dispose();

        Assert.Throws<ObjectDisposedException>(() => compute.SortByDistance(train, train, 0, 1, new int[5]));
        Assert.Throws<ObjectDisposedException>(() => compute.NearestNeighbours(train, train, 0, 1, 2, new int[2]));
        Assert.Throws<ObjectDisposedException>(() => compute.DotProducts([1.0], 1, [2.0], 1, 1, new double[1]));
        Assert.Throws<ObjectDisposedException>(() => compute.SortByDistance(train, train, 0, 0, []));
        Assert.Throws<ObjectDisposedException>(() => compute.NearestNeighbours(train, train, 0, 0, 1, []));
        Assert.Throws<ObjectDisposedException>(() => compute.DotProducts([], 0, [], 0, 0, []));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Dispose_is_idempotent_and_keeps_the_name(string backend)
    {
        var compute = BackendFixture.Create(backend);

        compute.Dispose();
        compute.Dispose();

        Assert.Equal(backend, compute.Name);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Backends_created_after_one_was_disposed_work(string backend)
    {
        var train = TestSets.Random(2, 9, 3);
        var queries = TestSets.Random(3, 2, 3);
        for (var round = 0; round < 2; round++)
        {
            using var compute = BackendFixture.Create(backend);

            Assert.Equal(ReferenceOrdering.Neighbours(train, queries, 3), TestSets.Neighbours(compute, train, queries, 3));
        }
    }
}
