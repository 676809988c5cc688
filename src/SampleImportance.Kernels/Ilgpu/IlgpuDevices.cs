using System.Runtime.InteropServices;
using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;
using ILGPU.Runtime.OpenCL;

namespace SampleImportance.Kernels;

/// <summary>
/// Finds ILGPU devices and starts backends on them. Every probe runs inside try/catch: on a machine without
/// a driver (no libcuda, no OpenCL ICD) ILGPU may throw while enumerating, and that must read as "absent".
/// </summary>
internal static class IlgpuDevices
{
    /// <summary>Starts the ILGPU CPU simulator (slow; for tests and debugging).</summary>
    public static IlgpuBackend CreateSimulator(int preferredQueryTile = IlgpuBackend.DefaultSimulatorQueryTile) =>
        Create(AcceleratorType.CPU, "ILGPU CPU simulator", static b => b.DefaultCPU(), preferredQueryTile);

    /// <summary>Starts the first CUDA device, or throws <see cref="ComputeBackendUnavailableException"/>.</summary>
    public static IlgpuBackend CreateCuda(int preferredQueryTile = IlgpuBackend.DefaultGpuQueryTile) =>
        Create(AcceleratorType.Cuda, "CUDA", static b => b.Cuda(), preferredQueryTile);

    /// <summary>Starts the first OpenCL device, or throws <see cref="ComputeBackendUnavailableException"/>.</summary>
    public static IlgpuBackend CreateOpenCL(int preferredQueryTile = IlgpuBackend.DefaultGpuQueryTile) =>
        Create(AcceleratorType.OpenCL, "OpenCL", static b => b.OpenCL(), preferredQueryTile);

    /// <summary>Whether at least one CUDA device can be enumerated. Without a CUDA driver library there is none, and
    /// asking the OS for it is much cheaper than starting an ILGPU context (a tenth of a second of every <c>auto</c> run).</summary>
    public static bool HasCuda() => CudaDriverLoadable() && List(AcceleratorType.Cuda, static b => b.Cuda(), out _).Count > 0;

    private static bool CudaDriverLoadable()
    {
        foreach (var name in (string[])["libcuda.so.1", "libcuda.so", "nvcuda.dll"])
        {
            if (NativeLibrary.TryLoad(name, out var handle))
            {
                NativeLibrary.Free(handle);
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether at least one OpenCL device can be enumerated.</summary>
    public static bool HasOpenCL() => List(AcceleratorType.OpenCL, static b => b.OpenCL(), out _).Count > 0;

    /// <summary>One line per device of the type, or one line saying why there is none.</summary>
    public static IEnumerable<string> Describe(AcceleratorType type)
    {
        Func<Context.Builder, Context.Builder> configure = type switch
        {
            AcceleratorType.Cuda => static b => b.Cuda(),
            AcceleratorType.OpenCL => static b => b.OpenCL(),
            _ => static b => b.DefaultCPU(),
        };
        var name = IlgpuBackend.NameOf(type);
        var devices = List(type, configure, out var problem);
        if (devices.Count == 0)
        {
            return [$"{name}: unavailable ({problem ?? "no device found"})"];
        }

        return devices.Select(d => $"{name}: {d}");
    }

    private static List<string> List(AcceleratorType type, Func<Context.Builder, Context.Builder> configure, out string? problem)
    {
        problem = null;
        try
        {
            using var context = Context.Create(b => configure(b));
            return context.Devices
                .Where(d => d.AcceleratorType == type)
                .Select(d => type == AcceleratorType.CPU
                    ? d.Name
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{d.Name} ({d.MemorySize / (1024 * 1024)} MiB)"))
                .ToList();
        }
        catch (Exception ex)
        {
            problem = ex.GetType().Name + ": " + ex.Message;
            return [];
        }
    }

    private static IlgpuBackend Create(AcceleratorType type, string label, Func<Context.Builder, Context.Builder> configure, int preferredQueryTile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(preferredQueryTile, 1);
        Context? context = null;
        Accelerator? accelerator = null;
        try
        {
            context = Context.Create(b => configure(b));
            var device = context.Devices.FirstOrDefault(d => d.AcceleratorType == type)
                ?? throw new ComputeBackendUnavailableException($"No {label} device found on this machine.");
            accelerator = device.CreateAccelerator(context);
            return new IlgpuBackend(context, accelerator, preferredQueryTile);
        }
        catch (Exception ex)
        {
            accelerator?.Dispose();
            context?.Dispose();
            if (ex is ComputeBackendUnavailableException)
            {
                throw;
            }

            throw new ComputeBackendUnavailableException($"The {label} device could not be started: {ex.Message}", ex);
        }
    }
}
