using SampleImportance.Abstractions;
using SampleImportance.Kernels;
using SampleImportance.Plugins.Estimators.KnnShapley;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Estimators.KnnShapley;

/// <summary>
/// knn-shapley on a backend with <see cref="IKnnShapleyKernel"/> (the ILGPU simulator here; CUDA takes the same path):
/// the device computes everything, and the values equal the cpu-simd path's within 1e-12 of the largest value.
/// </summary>
public class KnnShapleyOnDeviceTests
{
    private static readonly KnnShapleyEstimator Estimator = new();

    private static EstimationContext Context(SampleSet train, SampleSet validation, int k, IComputeBackend compute, IProgress<double>? progress = null) =>
        Contexts.Create(Estimator, train, validation, new KnnModelFactory(), Contexts.Parameters(("k", k)), Contexts.Parameters(("k", k)), compute: compute, progress: progress);

    [Fact]
    public async Task The_device_path_equals_the_simd_path_and_repeats_bit_for_bit()
    {
        // Integer features force exact ties; 11 validation points are not a multiple of the tile (4).
        var train = ToyData.Blobs(90, 3, 51, integerGrid: true);
        var validation = ToyData.Blobs(11, 3, 52, integerGrid: true);
        using var simd = new SimdCpuBackend(preferredQueryTile: 5);
        using var device = ComputeBackendFactory.Create(ComputeDevices.IlgpuCpu);
        Assert.IsAssignableFrom<IKnnShapleyKernel>(device);
        Assert.IsNotAssignableFrom<IKnnShapleyKernel>(simd);

        var expected = (await Estimator.EstimateAsync(Context(train, validation, 6, simd), CancellationToken.None)).Values;
        var result = await Estimator.EstimateAsync(Context(train, validation, 6, device), CancellationToken.None);
        var again = (await Estimator.EstimateAsync(Context(train, validation, 6, device), CancellationToken.None)).Values;

        var scale = expected.Max(Math.Abs);
        Assert.True(scale > 0);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - result.Values[i]) <= 1e-12 * scale, $"Row {i}: simd {expected[i]:G17}, device {result.Values[i]:G17}.");
        }

        Assert.Equal(result.Values.Select(BitConverter.DoubleToInt64Bits), again.Select(BitConverter.DoubleToInt64Bits));
        Assert.Contains(result.Notes, n => n.Contains("ilgpu-cpu (computed on the device)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_device_path_reports_progress_per_tile_and_honours_cancellation()
    {
        var train = ToyData.Blobs(20, 2, 61);
        var validation = ToyData.Blobs(10, 2, 62);
        using var device = ComputeBackendFactory.Create(ComputeDevices.IlgpuCpu);
        var progress = new List<double>();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Estimator.EstimateAsync(Context(train, validation, 3, device, new SynchronousProgress(progress)), CancellationToken.None);

        // The simulator's default tile is 8 queries.
        Assert.Equal([0.8, 1.0], progress);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Estimator.EstimateAsync(Context(train, validation, 3, device), cancelled.Token));
    }
}
