namespace SampleImportance.Kernels.Tests;

/// <summary>Every accelerated backend returns exactly the orderings of cpu-simd, not just close ones.</summary>
[Collection(BackendCollection.Name)]
public sealed class CrossBackendTests(BackendFixture backends)
{
    public static TheoryData<string> Accelerated => BackendFixture.Accelerated;

    [Theory]
    [MemberData(nameof(Accelerated))]
    public void Orderings_are_identical_to_the_simd_cpu_backend(string backend)
    {
        // d off the vector width, n off powers of two and panel widths, query counts off the tile (4).
        (int Rows, int Features, int Queries)[] shapes =
        [
            (3, 1, 1),
            (17, 7, 3),
            (100, 13, 9),
            (257, 16, 6),
            (300, 5, 5),
            (33, 9, 2),
        ];
        for (var s = 0; s < shapes.Length; s++)
        {
            var (rows, features, queries) = shapes[s];
            var train = TestSets.Random(300 + s, rows, features, scale: 3f);
            var query = TestSets.Random(400 + s, queries, features, scale: 3f);

            var expected = TestSets.Sort(backends["cpu-simd"], train, query);
            var actual = TestSets.Sort(backends[backend], train, query);

            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Accelerated))]
    public void Tied_grid_data_orders_identically_to_the_simd_cpu_backend(string backend)
    {
        var train = TestSets.Grid(500, 200, 6, levels: 2);
        var queries = TestSets.Grid(501, 7, 6, levels: 3);

        Assert.Equal(TestSets.Sort(backends["cpu-simd"], train, queries), TestSets.Sort(backends[backend], train, queries));
    }
}
