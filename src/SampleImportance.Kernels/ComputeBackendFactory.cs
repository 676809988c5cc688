using System.Numerics;
using ILGPU.Runtime;
using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>
/// The one place that turns a <c>--device</c> name (<see cref="ComputeDevices.Names"/>) into a compute backend.
/// The caller owns what it creates and disposes it.
/// </summary>
public static class ComputeBackendFactory
{
    /// <summary>
    /// Creates the backend for a device name (case-insensitive):
    /// <c>auto</c> — CUDA when a CUDA device can be started, otherwise <c>cpu-simd</c>;
    /// <c>cpu</c> — <see cref="SimdCpuBackend"/>;
    /// <c>cuda</c>, <c>opencl</c> — the first such device through ILGPU;
    /// <c>ilgpu-cpu</c> — ILGPU's CPU simulator (slow: for tests and debugging, never production).
    /// </summary>
    /// <param name="device">One of <see cref="ComputeDevices.Names"/>.</param>
    /// <exception cref="ArgumentException">The name is not one of <see cref="ComputeDevices.Names"/>.</exception>
    /// <exception cref="ComputeBackendUnavailableException">The named device is absent or cannot be started.</exception>
    public static IComputeBackend Create(string device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var name = device.Trim();
        if (Is(name, ComputeDevices.Cpu))
        {
            return new SimdCpuBackend();
        }

        if (Is(name, ComputeDevices.Cuda))
        {
            return IlgpuDevices.CreateCuda();
        }

        if (Is(name, ComputeDevices.OpenCL))
        {
            return IlgpuDevices.CreateOpenCL();
        }

        if (Is(name, ComputeDevices.IlgpuCpu))
        {
            return IlgpuDevices.CreateSimulator();
        }

        if (Is(name, ComputeDevices.Auto))
        {
            return CreateAuto();
        }

        throw new ArgumentException(
            $"Unknown compute device '{device}'. Accepted values: {string.Join(", ", ComputeDevices.Names)}.",
            nameof(device));
    }

    /// <summary>
    /// One line per backend that could run here, and one per ILGPU device kind that is absent saying why
    /// (for <c>plugins</c>/diagnostics output). Never throws for a missing driver.
    /// </summary>
    public static IReadOnlyList<string> DescribeAvailable()
    {
        var lines = new List<string>
        {
            string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"cpu-simd: {Vector<float>.Count} floats per vector (hardware accelerated: {Vector.IsHardwareAccelerated}), {Environment.ProcessorCount} logical cores"),
        };
        lines.AddRange(IlgpuDevices.Describe(AcceleratorType.Cuda));
        lines.AddRange(IlgpuDevices.Describe(AcceleratorType.OpenCL));
        lines.AddRange(IlgpuDevices.Describe(AcceleratorType.CPU).Select(l => l + " — simulator, tests only"));
        return lines;
    }

    // A CUDA device that is listed but cannot start (driver mismatch) still falls back: auto never fails.
    private static IComputeBackend CreateAuto()
    {
        if (IlgpuDevices.HasCuda())
        {
            try
            {
                return IlgpuDevices.CreateCuda();
            }
            catch (ComputeBackendUnavailableException)
            {
                return new SimdCpuBackend();
            }
        }

        return new SimdCpuBackend();
    }

    private static bool Is(string name, string accepted) => string.Equals(name, accepted, StringComparison.OrdinalIgnoreCase);
}
