using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary>
/// Every backend present on this machine, started once for the test run: the SIMD CPU backend, the ILGPU
/// CPU simulator always, CUDA and OpenCL only where a device exists. The simulator gets a tiny tile so that
/// calls with more queries also exercise its internal batching.
/// </summary>
public sealed class BackendFixture : IDisposable
{
    private static readonly Lazy<string[]> PresentNames = new(FindPresent);
    private readonly Dictionary<string, IComputeBackend> _backends = new(StringComparer.Ordinal);

    public BackendFixture()
    {
        foreach (var name in PresentNames.Value)
        {
            _backends[name] = Create(name);
        }
    }

    /// <summary>Names of the backends to run every kernel test on.</summary>
    public static TheoryData<string> Present => new(PresentNames.Value);

    /// <summary>Backends other than cpu-simd, to compare against it.</summary>
    public static TheoryData<string> Accelerated => new(PresentNames.Value.Where(n => n != "cpu-simd"));

    public IComputeBackend this[string name] => _backends[name];

    /// <summary>A fresh backend of that name, owned by the caller (for lifetime tests).</summary>
    public static IComputeBackend Create(string name) => name switch
    {
        "cpu-simd" => new SimdCpuBackend(),
        "ilgpu-cpu" => IlgpuDevices.CreateSimulator(preferredQueryTile: 4),
        "ilgpu-cuda" => IlgpuDevices.CreateCuda(),
        "ilgpu-opencl" => IlgpuDevices.CreateOpenCL(),
        _ => throw new ArgumentException($"Unknown backend '{name}'.", nameof(name)),
    };

    public void Dispose()
    {
        foreach (var backend in _backends.Values)
        {
            backend.Dispose();
        }
    }

    private static string[] FindPresent()
    {
        var names = new List<string> { "cpu-simd", "ilgpu-cpu" };
        if (IlgpuDevices.HasCuda())
        {
            names.Add("ilgpu-cuda");
        }

        if (IlgpuDevices.HasOpenCL())
        {
            names.Add("ilgpu-opencl");
        }

        return [.. names];
    }
}

[CollectionDefinition(Name)]
public sealed class BackendCollection : ICollectionFixture<BackendFixture>
{
    public const string Name = "Backends";
}
