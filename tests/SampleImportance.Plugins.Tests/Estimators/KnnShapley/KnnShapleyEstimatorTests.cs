using SampleImportance.Abstractions;
using SampleImportance.Kernels;
using SampleImportance.Plugins.Estimators.KnnShapley;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.KnnShapley;

public class KnnShapleyEstimatorTests
{
    public static TheoryData<int, int, int, bool> BruteForceCases()
    {
        var cases = new TheoryData<int, int, int, bool>();
        foreach (var seed in new[] { 1, 2, 3 })
        {
            foreach (var k in new[] { 1, 3, 5 })
            {
                cases.Add(seed, k, seed == 2 ? 7 : 10, false);
            }
        }

        // Integer features: many exact distance ties, which both sides must break by the lower index.
        cases.Add(4, 3, 10, true);
        cases.Add(5, 1, 9, true);
        return cases;
    }

    [Theory]
    [MemberData(nameof(BruteForceCases))]
    public async Task Values_equal_brute_force_Shapley_of_the_knn_likelihood_utility(int seed, int k, int n, bool integerGrid)
    {
        var train = ToyData.Blobs(n, 2, seed, separation: 1.0, integerGrid: integerGrid);
        var validation = ToyData.Blobs(5, 2, seed + 100, separation: 1.0, integerGrid: integerGrid);
        var knn = new KnnModelFactory();
        var modelParameters = Contexts.Parameters(("k", k));
        double Utility(int[] subset)
        {
            var model = knn.Create(modelParameters);
            model.Fit(train, subset, []);
            return model.Score(validation, "knn-likelihood");
        }

        var expected = BruteForceShapley.Values(n, Utility);
        var context = Contexts.Create(train, validation, knn, Contexts.Parameters(("k", k)));

        var result = await new KnnShapleyEstimator().EstimateAsync(context, CancellationToken.None);

        Assert.Equal(n, result.Values.Count);
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(expected[i], result.Values[i], 1e-9);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task Values_are_efficient_summing_to_U_of_all_minus_U_of_empty(int k)
    {
        var train = ToyData.Blobs(60, 3, 7);
        var validation = ToyData.Blobs(25, 3, 8);
        var knn = new KnnModelFactory();
        var context = Contexts.Create(train, validation, knn, Contexts.Parameters(("k", k)), Contexts.Parameters(("k", k)));
        var all = Enumerable.Range(0, train.Count).ToArray();

        var result = await new KnnShapleyEstimator().EstimateAsync(context, CancellationToken.None);

        var total = context.Utility.Evaluate(all) - context.Utility.Evaluate([]);
        Assert.True(total > 0.3, "the toy problem should be learnable");
        Assert.Equal(total, result.Values.Sum(), 1e-12);
    }

    [Fact]
    public async Task Duplicate_rows_get_equal_values()
    {
        var train = ToyData.WithDuplicates(ToyData.Blobs(30, 2, 11), 3, 17, 17);
        var validation = ToyData.Blobs(20, 2, 12);
        var context = Contexts.Create(train, validation, new KnnModelFactory(), Contexts.Parameters(("k", 3)));

        var values = (await new KnnShapleyEstimator().EstimateAsync(context, CancellationToken.None)).Values;

        Assert.Equal(values[3], values[30], 12);
        Assert.Equal(values[17], values[31], 12);
        Assert.Equal(values[17], values[32], 12);
        Assert.NotEqual(values[3], values[17]);
    }

    [Fact]
    public async Task Mislabeled_rows_get_the_lowest_values()
    {
        var clean = ToyData.Blobs(80, 2, 21, separation: 6.0);
        int[] flipped = [5, 20, 41, 66];
        var train = ToyData.FlipLabels(clean, flipped);
        var validation = ToyData.Blobs(40, 2, 22, separation: 6.0);
        var context = Contexts.Create(train, validation, new KnnModelFactory());

        var values = (await new KnnShapleyEstimator().EstimateAsync(context, CancellationToken.None)).Values;

        var lowest = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).Take(flipped.Length).Order();
        Assert.Equal(flipped, lowest);
    }

    [Fact]
    public async Task Simd_cpu_backend_gives_the_same_values_as_the_naive_backend()
    {
        var train = ToyData.Blobs(700, 9, 31);
        var validation = ToyData.Blobs(70, 9, 32);
        var parameters = Contexts.Parameters(("k", 10));
        var naive = Contexts.Create(train, validation, new KnnModelFactory(), parameters, compute: new NaiveComputeBackend(preferredQueryTile: 16));
        var simd = Contexts.Create(train, validation, new KnnModelFactory(), parameters, compute: new SimdCpuBackend(preferredQueryTile: 7));

        var expected = (await new KnnShapleyEstimator().EstimateAsync(naive, CancellationToken.None)).Values;
        var actual = (await new KnnShapleyEstimator().EstimateAsync(simd, CancellationToken.None)).Values;

        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-12);
        }
    }

    [Theory]
    [InlineData("cpu")]
    [InlineData("ilgpu-cpu")]
    public async Task Every_backend_from_the_factory_gives_the_naive_backends_values(string device)
    {
        // Small: the ILGPU CPU simulator is slow, and it exercises the same kernels as CUDA.
        var train = ToyData.Blobs(90, 5, 33);
        var validation = ToyData.Blobs(13, 5, 34);
        var parameters = Contexts.Parameters(("k", 4));
        var backend = ComputeBackendFactory.Create(device);
        try
        {
            var naive = Contexts.Create(train, validation, new KnnModelFactory(), parameters, compute: new NaiveComputeBackend());
            var other = Contexts.Create(train, validation, new KnnModelFactory(), parameters, compute: backend);

            var expected = (await new KnnShapleyEstimator().EstimateAsync(naive, CancellationToken.None)).Values;
            var actual = (await new KnnShapleyEstimator().EstimateAsync(other, CancellationToken.None)).Values;

            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i], actual[i], 1e-12);
            }
        }
        finally
        {
            (backend as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public async Task Tiles_report_progress_and_empty_validation_gives_zeros()
    {
        var train = ToyData.Blobs(12, 2, 41);
        var progress = new List<double>();
        var context = Contexts.Create(train, ToyData.Blobs(10, 2, 42), new KnnModelFactory(), compute: new NaiveComputeBackend(preferredQueryTile: 4));
        context = new EstimationContext
        {
            Train = context.Train,
            Validation = context.Validation,
            Utility = context.Utility,
            CreateModel = context.CreateModel,
            Compute = context.Compute,
            Parameters = context.Parameters,
            Seed = context.Seed,
            Progress = new SynchronousProgress(progress),
        };

        await new KnnShapleyEstimator().EstimateAsync(context, CancellationToken.None);
        var empty = Contexts.Create(train, train.Select([]), new KnnModelFactory());
        var zeros = await new KnnShapleyEstimator().EstimateAsync(empty, CancellationToken.None);

        Assert.Equal([0.4, 0.8, 1.0], progress);
        Assert.All(zeros.Values, v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Describe_lists_k_with_its_default_and_range()
    {
        var descriptor = new KnnShapleyEstimator().Describe();

        var k = Assert.Single(descriptor.Parameters);
        Assert.Equal(("k", ParameterKind.Integer, "5", 1.0), (k.Name, k.Kind, k.Default, k.Minimum!.Value));
        Assert.Equal(EstimatorRequirements.None, descriptor.Requirements);
    }

    [Fact]
    public async Task Invalid_k_is_rejected_before_any_work()
    {
        var context = Contexts.Create(ToyData.Blobs(5, 2, 1), ToyData.Blobs(5, 2, 2), new KnnModelFactory(), Contexts.Parameters(("k", 0), ("kk", 3)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new KnnShapleyEstimator().EstimateAsync(context, CancellationToken.None));

        Assert.Contains("'k' = 0 is below the minimum 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown parameter 'kk'", error.Message, StringComparison.Ordinal);
    }
}
