namespace SampleImportance.Kernels.Tests;

/// <summary>Every accelerated backend returns exactly the orderings, neighbours and products of cpu-simd, not just close ones.</summary>
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

    [Theory]
    [MemberData(nameof(Accelerated))]
    public void Neighbours_are_identical_to_the_simd_cpu_backend(string backend)
    {
        (int Rows, int Features, int Queries, int K)[] shapes =
        [
            (3, 1, 1, 1),
            (17, 7, 3, 5),
            (100, 13, 9, 10),
            (257, 16, 6, 33),
            (300, 5, 5, 1),
            (33, 9, 2, 40),
        ];
        for (var s = 0; s < shapes.Length; s++)
        {
            var (rows, features, queries, k) = shapes[s];
            var train = TestSets.Random(600 + s, rows, features, scale: 3f);
            var query = TestSets.Random(700 + s, queries, features, scale: 3f);

            Assert.Equal(TestSets.Neighbours(backends["cpu-simd"], train, query, k), TestSets.Neighbours(backends[backend], train, query, k));
        }
    }

    [Theory]
    [MemberData(nameof(Accelerated))]
    public void Tied_grid_neighbours_are_identical_to_the_simd_cpu_backend(string backend)
    {
        var train = TestSets.Grid(800, 200, 6, levels: 2);
        var queries = TestSets.Grid(801, 7, 6, levels: 3);

        Assert.Equal(TestSets.Neighbours(backends["cpu-simd"], train, queries, 9), TestSets.Neighbours(backends[backend], train, queries, 9));
    }

    [Theory]
    [MemberData(nameof(Accelerated))]
    public void Dot_products_are_bit_identical_to_the_simd_cpu_backend(string backend)
    {
        const int LeftRows = 13;
        const int RightRows = 21;
        const int Width = 150;
        var left = ReferenceDotProducts.Values(900, LeftRows * Width);
        var right = ReferenceDotProducts.Values(901, RightRows * Width);
        var expected = new double[LeftRows * RightRows];
        var actual = new double[LeftRows * RightRows];

        backends["cpu-simd"].DotProducts(left, LeftRows, right, RightRows, Width, expected);
        backends[backend].DotProducts(left, LeftRows, right, RightRows, Width, actual);

        Assert.Equal(ReferenceDotProducts.Bits(expected), ReferenceDotProducts.Bits(actual));
    }
}
