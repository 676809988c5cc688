using SampleImportance.Abstractions;
using SampleImportance.Kernels;
using SampleImportance.Plugins.Estimators.KnnShapley;
using SampleImportance.Plugins.Estimators.SoftKnnShapley;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.SoftKnnShapley;

public class SoftKnnShapleyEstimatorTests
{
    private static readonly SoftKnnShapleyEstimator Estimator = new();

    private static async Task<IReadOnlyList<double>> Values(IEstimator estimator, SampleSet train, SampleSet validation, IComputeBackend? compute = null, params (string, object)[] parameters) =>
        (await estimator.EstimateAsync(Contexts.Create(estimator, train, validation, new KnnModelFactory(), Contexts.Parameters(parameters), compute: compute), CancellationToken.None)).Values;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 80)]
    public async Task Graded_match_on_0_1_labels_equals_exact_knn_shapley_bit_for_bit(int seed, int k)
    {
        var train = ToyData.Blobs(60, 3, seed, integerGrid: seed % 2 == 0);
        var validation = ToyData.Blobs(20, 3, seed + 50, integerGrid: seed % 2 == 0);

        var exact = await Values(new KnnShapleyEstimator(), train, validation, null, ("k", k));
        var soft = await Values(Estimator, train, validation, null, ("k", k), ("similarity", "graded"));

        Assert.Equal(exact, soft);
        Assert.Contains(soft, v => v != 0);
    }

    [Theory]
    [InlineData(11, 1, 8)]
    [InlineData(12, 3, 9)]
    [InlineData(13, 4, 10)]
    [InlineData(14, 12, 7)]
    public async Task Graded_values_equal_brute_force_Shapley_of_the_soft_knn_utility(int seed, int k, int n)
    {
        const int maxGrade = 4;
        var train = KnnUtilities.Graded(ToyData.Blobs(n, 2, seed), maxGrade, seed);
        var validation = KnnUtilities.Graded(ToyData.Blobs(6, 2, seed + 100), maxGrade, seed + 1);
        var range = MaxMinusMin(train, validation);

        var values = await Values(Estimator, train, validation, null, ("k", k));

        var expected = BruteForceShapley.Values(n, s => KnnUtilities.TopK(train, validation, s, k, (a, b) => 1 - (Math.Abs(a - b) / range)));
        AssertClose(expected, values, 1e-12);
    }

    [Fact]
    public async Task Gaussian_values_equal_brute_force_Shapley_of_the_kernel_knn_utility()
    {
        var blobs = ToyData.Blobs(9, 2, 21);
        var random = new System.Random(5);
        var train = blobs.WithLabels([.. Enumerable.Range(0, 9).Select(_ => random.NextDouble() * 10)]);
        var validation = ToyData.Blobs(5, 2, 22).WithLabels([.. Enumerable.Range(0, 5).Select(_ => random.NextDouble() * 10)]);
        const double bandwidth = 2.5;

        var values = await Values(Estimator, train, validation, null, ("k", 3), ("similarity", "gaussian"), ("bandwidth", bandwidth));

        var expected = BruteForceShapley.Values(9, s => KnnUtilities.TopK(train, validation, s, 3, (a, b) => Math.Exp(-(a - b) * (a - b) / (2 * bandwidth * bandwidth))));
        AssertClose(expected, values, 1e-12);
    }

    [Fact]
    public async Task Rows_with_the_far_grade_get_the_lowest_values_and_the_simd_backend_agrees()
    {
        // Grades follow the first feature; four rows get the opposite extreme grade.
        var blobs = ToyData.Blobs(90, 2, 31, separation: 6.0);
        var labels = blobs.Labels.ToArray().Select(y => y * 3).ToArray();
        int[] corrupted = [4, 30, 61, 77];
        foreach (var row in corrupted)
        {
            labels[row] = 3 - labels[row];
        }

        var train = blobs.WithLabels(labels);
        var validationBlobs = ToyData.Blobs(40, 2, 32, separation: 6.0);
        var validation = validationBlobs.WithLabels([.. validationBlobs.Labels.ToArray().Select(y => y * 3)]);
        using var simd = new SimdCpuBackend(preferredQueryTile: 7);

        var values = await Values(Estimator, train, validation, null, ("k", 5));
        var simdValues = await Values(Estimator, train, validation, simd, ("k", 5));

        Assert.Equal(corrupted, Enumerable.Range(0, values.Count).OrderBy(i => values[i]).Take(corrupted.Length).Order());
        AssertClose(values, simdValues, 1e-12);
    }

    [Fact]
    public void Describe_lists_k_similarity_and_bandwidth_and_needs_no_model()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("soft-knn-shapley", descriptor.Id);
        Assert.Equal(["k", "similarity", "bandwidth"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["5", "graded", "0"], descriptor.Parameters.Select(p => p.Default));
        Assert.Equal(EstimatorRequirements.None, descriptor.Requirements);
    }

    private static double MaxMinusMin(SampleSet train, SampleSet validation)
    {
        var all = train.Labels.ToArray().Concat(validation.Labels.ToArray()).ToArray();
        return all.Max() - all.Min();
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i], tolerance);
        }
    }
}
