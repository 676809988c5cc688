using SampleImportance.Abstractions;
using SampleImportance.Kernels;
using SampleImportance.Plugins.Estimators.ThresholdKnnShapley;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.ThresholdKnnShapley;

public class ThresholdKnnShapleyEstimatorTests
{
    private static readonly ThresholdKnnShapleyEstimator Estimator = new();

    private static Task<ImportanceResult> Run(SampleSet train, SampleSet validation, IComputeBackend? compute = null, params (string, object)[] parameters) =>
        Estimator.EstimateAsync(Contexts.Create(Estimator, train, validation, new KnnModelFactory(), Contexts.Parameters(parameters), compute: compute), CancellationToken.None);

    [Theory]
    [InlineData(1, 8, 1.0)]
    [InlineData(2, 10, 1.5)]
    [InlineData(3, 9, 0.6)]
    [InlineData(4, 10, 100.0)]
    [InlineData(5, 7, 0.8)]
    public async Task Values_equal_brute_force_Shapley_of_the_threshold_knn_utility(int seed, int n, double tau)
    {
        var train = ToyData.Blobs(n, 2, seed);
        var validation = ToyData.Blobs(5, 2, seed + 100);

        var values = (await Run(train, validation, null, ("threshold", tau))).Values;

        var expected = BruteForceShapley.Values(n, s => KnnUtilities.Threshold(train, validation, s, tau, 2, (a, b) => a == b ? 1 : 0));
        AssertClose(expected, values, 1e-9);
        Assert.Contains(values, v => v != 0);
    }

    [Fact]
    public async Task Graded_values_equal_brute_force_Shapley_with_three_classes()
    {
        var train = KnnUtilities.Graded(ToyData.Blobs(10, 3, 41), 2, 7);
        var validation = KnnUtilities.Graded(ToyData.Blobs(5, 3, 42), 2, 8);

        var values = (await Run(train, validation, null, ("threshold", 1.8), ("similarity", "graded"))).Values;

        // Three grades in training: an empty neighbourhood scores 1/3; the grade range is 2.
        var expected = BruteForceShapley.Values(10, s => KnnUtilities.Threshold(train, validation, s, 1.8, 3, (a, b) => 1 - (Math.Abs(a - b) / 2)));
        AssertClose(expected, values, 1e-9);
    }

    [Fact]
    public async Task Rows_beyond_tau_from_every_validation_point_are_null_players()
    {
        var train = ToyData.Blobs(9, 2, 51);
        var validation = ToyData.Blobs(1, 2, 52);

        var values = (await Run(train, validation, null, ("threshold", 0.9))).Values;

        for (var i = 0; i < train.Count; i++)
        {
            var within = Math.Sqrt(KnnUtilities.Distance(train, i, validation, 0)) <= 0.9;
            Assert.Equal(within, values[i] != 0);
        }
    }

    [Fact]
    public async Task The_automatic_threshold_ranks_flipped_labels_lowest_and_the_simd_backend_agrees()
    {
        int[] flipped = [3, 25, 48, 70];
        var train = ToyData.FlipLabels(ToyData.Blobs(90, 2, 61, separation: 6.0), flipped);
        var validation = ToyData.Blobs(40, 2, 62, separation: 6.0);
        using var simd = new SimdCpuBackend(preferredQueryTile: 7);

        var result = await Run(train, validation);
        var simdResult = await Run(train, validation, simd);

        var values = result.Values;
        Assert.Equal(flipped, Enumerable.Range(0, values.Count).OrderBy(i => values[i]).Take(flipped.Length).Order());
        AssertClose(values, simdResult.Values, 1e-12);
        Assert.Contains(result.Notes, note => note.Contains("automatic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Automatic_tau_is_the_median_distance_to_the_kth_neighbour()
    {
        var train = ToyData.Blobs(30, 2, 71);
        var validation = ToyData.Blobs(5, 2, 72);
        var expected = Enumerable.Range(0, 5)
            .Select(q => Math.Sqrt(Enumerable.Range(0, 30).Select(i => KnnUtilities.Distance(train, i, validation, q)).Order().ElementAt(2)))
            .Order()
            .ElementAt(2);

        var automatic = await Run(train, validation, null, ("auto-neighbours", 3));
        var explicitTau = await Run(train, validation, null, ("threshold", expected));

        Assert.Equal(explicitTau.Values, automatic.Values);
    }

    [Fact]
    public void Describe_lists_threshold_with_its_automatic_default_and_needs_no_model()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("threshold-knn-shapley", descriptor.Id);
        Assert.Equal(["threshold", "auto-neighbours", "similarity", "bandwidth"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal(["0", "5", "exact", "0"], descriptor.Parameters.Select(p => p.Default));
        Assert.Equal(EstimatorRequirements.None, descriptor.Requirements);
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
