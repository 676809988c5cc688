namespace SampleImportance.Kernels;

/// <summary>
/// The <c>--device</c> names <see cref="ComputeBackendFactory.Create"/> accepts, in one place, so the CLI, suite
/// validation and docs read them instead of repeating them.
/// </summary>
public static class ComputeDevices
{
    /// <summary>CUDA when a CUDA device can be started, otherwise <see cref="Cpu"/>.</summary>
    public const string Auto = "auto";

    /// <summary>The SIMD CPU backend, <c>cpu-simd</c>.</summary>
    public const string Cpu = "cpu";

    /// <summary>The first CUDA device through ILGPU, <c>ilgpu-cuda</c>.</summary>
    public const string Cuda = "cuda";

    /// <summary>The first OpenCL device through ILGPU, <c>ilgpu-opencl</c>.</summary>
    public const string OpenCL = "opencl";

    /// <summary>ILGPU's CPU simulator, <c>ilgpu-cpu</c>: slow, for tests and debugging only.</summary>
    public const string IlgpuCpu = "ilgpu-cpu";

    /// <summary>Every accepted name, in the order help text lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Auto, Cpu, Cuda, OpenCL, IlgpuCpu];
}
