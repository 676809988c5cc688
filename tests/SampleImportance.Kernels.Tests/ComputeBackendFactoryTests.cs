namespace SampleImportance.Kernels.Tests;

public sealed class ComputeBackendFactoryTests
{
    [Fact]
    public void Devices_lists_the_accepted_names()
    {
        Assert.Equal(["auto", "cpu", "cuda", "opencl", "ilgpu-cpu"], ComputeBackendFactory.Devices);
    }

    [Theory]
    [InlineData("cpu")]
    [InlineData("CPU")]
    [InlineData(" cpu ")]
    public void Create_cpu_returns_the_simd_backend(string device)
    {
        var backend = ComputeBackendFactory.Create(device);

        Assert.IsType<SimdCpuBackend>(backend);
        Assert.Equal("cpu-simd", backend.Name);
    }

    [Fact]
    public void Create_ilgpu_cpu_returns_the_simulator()
    {
        var backend = ComputeBackendFactory.Create("ilgpu-cpu");
        try
        {
            Assert.IsType<IlgpuBackend>(backend);
            Assert.Equal("ilgpu-cpu", backend.Name);
        }
        finally
        {
            (backend as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void Create_auto_picks_cuda_only_when_a_cuda_device_exists()
    {
        var backend = ComputeBackendFactory.Create("auto");
        try
        {
            Assert.Equal(IlgpuDevices.HasCuda() ? "ilgpu-cuda" : "cpu-simd", backend.Name);
        }
        finally
        {
            (backend as IDisposable)?.Dispose();
        }
    }

    [Theory]
    [InlineData("cuda", "ilgpu-cuda")]
    [InlineData("opencl", "ilgpu-opencl")]
    public void Create_gpu_device_either_starts_it_or_says_it_is_unavailable(string device, string backendName)
    {
        var present = device == "cuda" ? IlgpuDevices.HasCuda() : IlgpuDevices.HasOpenCL();
        if (present)
        {
            var backend = ComputeBackendFactory.Create(device);
            (backend as IDisposable)?.Dispose();
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
        foreach (var name in ComputeBackendFactory.Devices)
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
