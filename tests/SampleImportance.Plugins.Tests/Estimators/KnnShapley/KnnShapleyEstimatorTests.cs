using SampleImportance.Abstractions;
using SampleImportance.Kernels;
using SampleImportance.Plugins.Estimators.KnnShapley;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.KnnShapley;

public class KnnShapleyEstimatorTests
{
    private static readonly KnnShapleyEstimator Estimator = new();

    private static EstimationContext Context(SampleSet train, SampleSet validation, int k, IComputeBackend? compute = null, UnitPartition? units = null, IProgress<double>? progress = null) =>
        Contexts.Create(
            Estimator,
            train,
            validation,
            new KnnModelFactory(),
            Contexts.Parameters(("k", k)),
            Contexts.Parameters(("k", k)),
            compute: compute,
            units: units,
            progress: progress);

    private static async Task<IReadOnlyList<double>> Values(EstimationContext context) =>
        (await Estimator.EstimateAsync(context, CancellationToken.None)).Values;

    public static TheoryData<int, int, int, bool> BruteForceCases() => new()
    {
        // K < n.
        { 1, 1, 10, false },
        { 2, 3, 7, false },
        { 3, 5, 10, false },

        // K = n.
        { 4, 7, 7, false },

        // K > n: every subset has fewer than K rows.
        { 5, 7, 5, false },

        // Integer features: many exact distance ties, which both sides must break by the lower index.
        { 6, 10, 4, true },
        { 7, 3, 10, true },
        { 8, 1, 9, true },
    };

    [Theory]
    [MemberData(nameof(BruteForceCases))]
    public async Task Values_equal_brute_force_Shapley_of_knn_with_label_likelihood(int seed, int k, int n, bool integerGrid)
    {
        var train = ToyData.Blobs(n, 2, seed, separation: 1.0, integerGrid: integerGrid);
        var validation = ToyData.Blobs(5, 2, seed + 100, separation: 1.0, integerGrid: integerGrid);
        var context = Context(train, validation, k);

        var values = await Values(context);

        // The closed form never trains a model; the brute force below evaluates every subset through the utility.
        Assert.Equal(0, context.Utility.Evaluations);
        Assert.Equal("label-likelihood", context.Utility.Metric.Name);
        var expected = BruteForceShapley.Values(n, subset => context.Utility.Evaluate(subset));
        Assert.Equal(n, values.Count);
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(expected[i], values[i], 1e-12);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(60)]
    [InlineData(63)]
    public async Task Values_are_efficient_summing_to_U_of_all_minus_U_of_empty(int k)
    {
        var train = ToyData.Blobs(60, 3, 7);
        var validation = ToyData.Blobs(25, 3, 8);
        var context = Context(train, validation, k);

        var values = await Values(context);

        var total = context.Utility.Evaluate(Enumerable.Range(0, train.Count).ToArray()) - context.Utility.Evaluate([]);
        Assert.True(total > 0.3, $"U(N) − U(∅) = {total} should be clearly positive");
        Assert.Equal(total, values.Sum(), 1e-12);
    }

    [Fact]
    public async Task Duplicate_rows_get_equal_values()
    {
        var train = ToyData.WithDuplicates(ToyData.Blobs(30, 2, 11), 3, 17, 17);

        var values = await Values(Context(train, ToyData.Blobs(20, 2, 12), 3));

        Assert.Equal(values[3], values[30], 12);
        Assert.Equal(values[17], values[31], 12);
        Assert.Equal(values[17], values[32], 12);
        Assert.NotEqual(values[3], values[17]);
    }

    [Fact]
    public async Task Mislabeled_rows_get_the_lowest_values()
    {
        int[] flipped = [5, 20, 41, 66];
        var train = ToyData.FlipLabels(ToyData.Blobs(80, 2, 21, separation: 6.0), flipped);

        var values = await Values(Context(train, ToyData.Blobs(40, 2, 22, separation: 6.0), 5));

        var lowest = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).Take(flipped.Length).Order();
        Assert.Equal(flipped, lowest);
    }

    [Fact]
    public async Task The_simd_backend_gives_the_naive_backends_values()
    {
        var train = ToyData.Blobs(700, 9, 31);
        var validation = ToyData.Blobs(70, 9, 32);
        using var simd = new SimdCpuBackend(preferredQueryTile: 7);

        var expected = await Values(Context(train, validation, 10, new NaiveComputeBackend(preferredQueryTile: 16)));
        var result = await Estimator.EstimateAsync(Context(train, validation, 10, simd), CancellationToken.None);

        AssertSame(expected, result.Values);
        Assert.Contains(result.Notes, n => n.Contains("on backend cpu-simd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_ilgpu_cpu_backend_gives_the_naive_backends_values()
    {
        // Small: the ILGPU CPU accelerator simulates the device kernels and is slow. Integer features force ties.
        var train = ToyData.Blobs(60, 4, 33, integerGrid: true);
        var validation = ToyData.Blobs(10, 4, 34, integerGrid: true);
        using var ilgpu = ComputeBackendFactory.Create(ComputeDevices.IlgpuCpu);

        var expected = await Values(Context(train, validation, 4));
        var actual = await Values(Context(train, validation, 4, ilgpu));

        AssertSame(expected, actual);
    }

    [Fact]
    public async Task Group_units_are_refused()
    {
        var train = ToyData.WithIdColumn(ToyData.Blobs(6, 2, 1), "session", [1, 1, 2, 2, 3, 3]);
        var context = Context(train, ToyData.Blobs(4, 2, 2), 3, units: UnitPartition.ByColumn("session", train.Column("session")));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Estimator.EstimateAsync(context, CancellationToken.None));

        Assert.Contains("rows only", error.Message, StringComparison.Ordinal);
        Assert.Equal(ValueUnits.Rows, Estimator.Describe().Units);
    }

    [Fact]
    public async Task Tiles_report_progress_and_empty_validation_gives_zeros()
    {
        var train = ToyData.Blobs(12, 2, 41);
        var progress = new List<double>();

        await Values(Context(train, ToyData.Blobs(10, 2, 42), 5, new NaiveComputeBackend(preferredQueryTile: 4), progress: new SynchronousProgress(progress)));
        var zeros = await Values(Context(train, train.Select([]), 5));

        Assert.Equal([0.4, 0.8, 1.0], progress);
        Assert.Equal(train.Count, zeros.Count);
        Assert.All(zeros, v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Describe_lists_k_with_its_default_and_range_and_needs_no_model()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("knn-shapley", descriptor.Id);
        var k = Assert.Single(descriptor.Parameters);
        Assert.Equal(("k", ParameterKind.Integer, "5", 1.0), (k.Name, k.Kind, k.Default, k.Minimum!.Value));
        Assert.Equal(EstimatorRequirements.None, descriptor.Requirements);
    }

    [Fact]
    public async Task Invalid_parameters_are_rejected_together_before_any_work()
    {
        var context = Contexts.Create(Estimator, ToyData.Blobs(5, 2, 1), ToyData.Blobs(5, 2, 2), new KnnModelFactory(), Contexts.Parameters(("k", 0), ("kk", 3)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Estimator.EstimateAsync(context, CancellationToken.None));

        Assert.Contains("'k' must be at least 1, got 0.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown parameter 'kk'", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSame(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-12);
        }
    }
}
