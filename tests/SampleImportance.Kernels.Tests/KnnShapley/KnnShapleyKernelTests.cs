using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary>
/// <see cref="IKnnShapleyKernel"/> on every backend present that offers it (the ILGPU simulator always; CUDA and OpenCL
/// where a device exists): equal to the scalar double recursion over the reference ordering within 1e-12 of the largest
/// value, equal to subset enumeration on a tiny set, and the same bits on every run.
/// </summary>
[Collection(BackendCollection.Name)]
public sealed class KnnShapleyKernelTests(BackendFixture backends)
{
    private const double Tolerance = 1e-12;

    public static TheoryData<string> Backends => BackendFixture.Accelerated;

    [Theory]
    [MemberData(nameof(Backends))]
    public void Values_match_the_scalar_recursion_over_the_reference_ordering(string backend)
    {
        // n off powers of two and chunk sizes; query counts off the simulator's tile (4); K below, at and above n.
        (int Rows, int Features, int Queries, int K, int Classes, float Scale)[] shapes =
        [
            (1, 1, 1, 1, 2, 1f),
            (5, 2, 3, 10, 2, 1f),
            (37, 3, 5, 3, 3, 1f),
            (70, 7, 7, 5, 2, 1000f),
            (300, 16, 6, 10, 4, 0.01f),
            (130, 4, 9, 130, 2, 1f),
        ];
        for (var s = 0; s < shapes.Length; s++)
        {
            var (rows, features, queries, k, classes, scale) = shapes[s];
            var train = ReferenceKnnShapley.Labelled(TestSets.Random(600 + s, rows, features, scale), 700 + s, classes);
            var query = ReferenceKnnShapley.Labelled(TestSets.Random(800 + s, queries, features, scale), 900 + s, classes);

            AssertMatchesRecursion(backend, train, query, k);
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Exact_ties_on_grid_data_follow_the_lower_index(string backend)
    {
        var train = ReferenceKnnShapley.Labelled(TestSets.Grid(31, 200, 4, levels: 3), 32, 2);
        var queries = ReferenceKnnShapley.Labelled(TestSets.Grid(33, 6, 4, levels: 3), 34, 2);

        AssertMatchesRecursion(backend, train, queries, 5);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Values_equal_subset_enumeration_on_a_tiny_set(string backend)
    {
        var train = ReferenceKnnShapley.Labelled(TestSets.Grid(41, 7, 2, levels: 3), 42, 2);
        var queries = ReferenceKnnShapley.Labelled(TestSets.Random(43, 5, 2, 2f), 44, 2);

        foreach (var k in new[] { 1, 3, 9 })
        {
            AssertClose(ReferenceKnnShapley.Enumeration(train, queries, k), Run(backend, train, queries, k));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void One_class_everywhere_sums_to_the_whole_utility_per_query(string backend)
    {
        // Every row matches: the values of one query sum to U(N) − U(∅) = min(K, n)/K = 1.
        var set = TestSets.Random(51, 23, 3);
        var train = new SampleSet(set.Features.ToArray(), 3, new double[23]);
        var queries = new SampleSet(TestSets.Random(52, 6, 3).Features.ToArray(), 3, new double[6]);

        var values = Run(backend, train, queries, 4);

        AssertClose(ReferenceKnnShapley.Recursion(train, queries, 4), values);
        Assert.Equal(6 * 4.0 / 4, values.Sum(), 12);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Wide_key_ranges_with_infinite_and_nan_distances_sort_over_every_digit(string backend)
    {
        // Distances from 0 to +inf and NaN: the key range spans all 32 bits, so every radix pass runs.
        var random = TestSets.Random(61, 40, 2, 1e18f).Features.ToArray();
        random[0] = float.NaN;
        random[5] = float.PositiveInfinity;
        random[11] = 1e-30f;
        var train = ReferenceKnnShapley.Labelled(TestSets.Set(random, 2), 62, 2);
        var queryFeatures = train.Features[(3 * 2)..(5 * 2)].ToArray();
        var queries = new SampleSet(queryFeatures, 2, [0, 1]);

        AssertMatchesRecursion(backend, train, queries, 3);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Every_run_gives_the_same_bits_and_calls_add_in_query_order(string backend)
    {
        var train = ReferenceKnnShapley.Labelled(TestSets.Grid(71, 150, 5, levels: 4), 72, 3);
        var queries = ReferenceKnnShapley.Labelled(TestSets.Random(73, 9, 5, 2f), 74, 3);
        var kernel = Kernel(backend);

        var first = Run(backend, train, queries, 7);
        var second = Run(backend, train, queries, 7);
        var split = new double[train.Count];
        kernel.AddKnnShapley(train, queries, 0, 4, 7, split);
        kernel.AddKnnShapley(train, queries, 4, 5, 7, split);

        Assert.Equal(ReferenceDotProducts.Bits(first), ReferenceDotProducts.Bits(second));
        Assert.Equal(ReferenceDotProducts.Bits(first), ReferenceDotProducts.Bits(split));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Every_device_gives_the_simulators_bits(string backend)
    {
        // Rounded multiplies and adds, correctly rounded division and a fixed summation order: a GPU must match the
        // simulator bit for bit (on the simulator itself this compares two instances).
        var train = ReferenceKnnShapley.Labelled(TestSets.Random(111, 260, 6, 3f), 112, 3);
        var queries = ReferenceKnnShapley.Labelled(TestSets.Random(113, 6, 6, 3f), 114, 3);
        using var simulator = (IlgpuBackend)BackendFixture.Create("ilgpu-cpu");
        var expected = new double[train.Count];
        simulator.AddKnnShapley(train, queries, 0, queries.Count, 4, expected);

        Assert.Equal(ReferenceDotProducts.Bits(expected), ReferenceDotProducts.Bits(Run(backend, train, queries, 4)));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Values_are_added_to_what_the_accumulator_holds(string backend)
    {
        var train = ReferenceKnnShapley.Labelled(TestSets.Random(81, 20, 3), 82, 2);
        var queries = ReferenceKnnShapley.Labelled(TestSets.Random(83, 3, 3), 84, 2);
        var values = Enumerable.Repeat(1.0, 20).ToArray();

        Kernel(backend).AddKnnShapley(train, queries, 0, 3, 2, values);

        var expected = ReferenceKnnShapley.Recursion(train, queries, 2).Select(v => 1.0 + v).ToArray();
        AssertClose(expected, values);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Tiny_chunks_cross_many_runs_and_every_scan_level(string backend)
    {
        // 3 slots per sort thread, 5 ranks per recursion thread, 4 counts per scan thread: 300 rows × 4 queries make
        // 6,400 counts, a scan seven levels deep, and runs that split ties between threads.
        var train = ReferenceKnnShapley.Labelled(TestSets.Grid(101, 300, 3, levels: 3), 102, 3);
        var queries = ReferenceKnnShapley.Labelled(TestSets.Grid(103, 9, 3, levels: 3), 104, 3);
        using var device = (IlgpuBackend)BackendFixture.Create(backend);
        device.UseKnnShapleyChunking(new KnnShapleyChunking(SortChunk: 3, SuffixChunk: 5, ScanBlock: 4));
        var values = new double[train.Count];

        device.AddKnnShapley(train, queries, 0, queries.Count, 6, values);

        AssertClose(ReferenceKnnShapley.Recursion(train, queries, 6), values);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_wrongly_sized_accumulator_is_rejected(string backend)
    {
        var train = TestSets.Random(91, 10, 2);
        var queries = TestSets.Random(92, 2, 2);

        Assert.Throws<ArgumentException>(() => Kernel(backend).AddKnnShapley(train, queries, 0, 2, 3, new double[9]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Kernel(backend).AddKnnShapley(train, queries, 0, 2, 0, new double[10]));
    }

    private IKnnShapleyKernel Kernel(string backend) =>
        backends[backend] as IKnnShapleyKernel ?? throw new InvalidOperationException($"{backend} does not offer device KNN-Shapley.");

    private double[] Run(string backend, SampleSet train, SampleSet queries, int k)
    {
        var values = new double[train.Count];
        Kernel(backend).AddKnnShapley(train, queries, 0, queries.Count, k, values);
        return values;
    }

    private void AssertMatchesRecursion(string backend, SampleSet train, SampleSet queries, int k) =>
        AssertClose(ReferenceKnnShapley.Recursion(train, queries, k), Run(backend, train, queries, k));

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var scale = expected.Length == 0 ? 0 : expected.Max(Math.Abs);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= Tolerance * scale,
                $"Row {i}: expected {expected[i]:G17}, actual {actual[i]:G17} (scale {scale:G6}).");
        }
    }
}
