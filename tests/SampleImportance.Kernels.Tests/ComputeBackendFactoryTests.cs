namespace SampleImportance.Kernels.Tests;

public sealed class ComputeBackendFactoryTests
{
    [Fact]
    public void Names_lists_the_accepted_devices()
    {
        Assert.Equal(["auto", "cpu", "cuda", "opencl", "ilgpu-cpu"], ComputeDevices.Names);
    }

    [Fact]
    public void Every_listed_name_is_accepted_by_the_factory()
    {
        foreach (var name in ComputeDevices.Names)
        {
            try
            {
                using var backend = ComputeBackendFactory.Create(name);
                Assert.False(string.IsNullOrWhiteSpace(backend.Name));
            }
            catch (ComputeBackendUnavailableException)
            {
                // A known name whose device is absent here: accepted, just not available.
            }
        }
    }

    [Theory]
    [InlineData("cpu")]
    [InlineData("CPU")]
    [InlineData(" cpu ")]
    public void Create_cpu_returns_the_simd_backend(string device)
    {
        using var backend = ComputeBackendFactory.Create(device);

        Assert.IsType<SimdCpuBackend>(backend);
        Assert.Equal("cpu-simd", backend.Name);
    }

    [Fact]
    public void Create_ilgpu_cpu_returns_the_simulator()
    {
        using var backend = ComputeBackendFactory.Create("ilgpu-cpu");

        Assert.IsType<IlgpuBackend>(backend);
        Assert.Equal("ilgpu-cpu", backend.Name);
    }

    [Fact]
    public void Create_auto_picks_cuda_only_when_a_cuda_device_exists()
    {
        using var backend = ComputeBackendFactory.Create("auto");

        Assert.Equal(IlgpuDevices.HasCuda() ? "ilgpu-cuda" : "cpu-simd", backend.Name);
    }

    [Theory]
    [InlineData("cuda", "ilgpu-cuda")]
    [InlineData("opencl", "ilgpu-opencl")]
    public void Create_gpu_device_either_starts_it_or_says_it_is_unavailable(string device, string backendName)
    {
        var present = device == "cuda" ? IlgpuDevices.HasCuda() : IlgpuDevices.HasOpenCL();
        if (present)
        {
            using var backend = ComputeBackendFactory.Create(device);
            Assert.Equal(backendName, backend.Name);
        }
        else
        {
            var error = Assert.Throws<ComputeBackendUnavailableException>(() => ComputeBackendFactory.Create(device));
            Assert.Contains(device == "cuda" ? "CUDA" : "OpenCL", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_unknown_name_lists_every_accepted_value()
    {
        var error = Assert.Throws<ArgumentException>(() => ComputeBackendFactory.Create("tpu"));

        Assert.Contains("tpu", error.Message, StringComparison.Ordinal);
        foreach (var name in ComputeDevices.Names)
        {
            Assert.Contains(name, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_null_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ComputeBackendFactory.Create(null!));
    }

    [Fact]
    public void DescribeAvailable_has_a_line_per_backend_kind()
    {
        var lines = ComputeBackendFactory.DescribeAvailable();

        Assert.Single(lines, l => l.StartsWith("cpu-simd: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ilgpu-cuda: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ilgpu-opencl: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ilgpu-cpu: ", StringComparison.Ordinal) && !l.Contains("unavailable", StringComparison.Ordinal));
        Assert.Equal(IlgpuDevices.HasCuda(), lines.Any(l => l.StartsWith("ilgpu-cuda: ", StringComparison.Ordinal) && !l.Contains("unavailable", StringComparison.Ordinal)));
    }
}
