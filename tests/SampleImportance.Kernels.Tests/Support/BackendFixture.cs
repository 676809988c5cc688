using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary>
/// Every backend present on this machine, started once for the test run: the SIMD CPU backend, the ILGPU
/// CPU simulator always, CUDA only where a device exists. The simulator gets a tiny tile so that calls
/// with more queries also exercise its internal batching.
/// </summary>
public sealed class BackendFixture : IDisposable
{
    private readonly Dictionary<string, IComputeBackend> _backends = new(StringComparer.Ordinal);

    public BackendFixture()
    {
        _backends["cpu-simd"] = new SimdCpuBackend();
        _backends["ilgpu-cpu"] = IlgpuDevices.CreateSimulator(preferredQueryTile: 4);
        if (IlgpuDevices.HasCuda())
        {
            _backends["ilgpu-cuda"] = IlgpuDevices.CreateCuda();
        }
    }

    /// <summary>Names of the backends to run every kernel test on.</summary>
    public static TheoryData<string> Present
    {
        get
        {
            var names = new TheoryData<string> { "cpu-simd", "ilgpu-cpu" };
            if (IlgpuDevices.HasCuda())
            {
                names.Add("ilgpu-cuda");
            }

            return names;
        }
    }

    /// <summary>Backends other than cpu-simd, to compare against it.</summary>
    public static TheoryData<string> Accelerated
    {
        get
        {
            var names = new TheoryData<string> { "ilgpu-cpu" };
            if (IlgpuDevices.HasCuda())
            {
                names.Add("ilgpu-cuda");
            }

            return names;
        }
    }

    public IComputeBackend this[string name] => _backends[name];

    public void Dispose()
    {
        foreach (var backend in _backends.Values)
        {
            (backend as IDisposable)?.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BackendCollection : ICollectionFixture<BackendFixture>
{
    public const string Name = "Backends";
}
