using System.Reflection;
using ILGPU;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

namespace SampleImportance.Kernels.Tests;

/// <summary>
/// The CPU simulator runs kernels as .NET code, so it cannot show that they compile for a GPU. ILGPU's PTX backend needs
/// no device: every kernel is compiled here for sm_90 (H100/H200), and the arithmetic that must not be fused is checked
/// in the PTX text.
/// </summary>
public sealed class PtxCompilationTests
{
    public static TheoryData<string> Kernels => new(KernelMethods().Select(m => m.DeclaringType!.Name + "." + m.Name));

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Every_device_kernel_compiles_to_ptx_for_sm_90(string kernel)
    {
        var ptx = Compile(kernel);

        Assert.Contains(".entry", ptx, StringComparison.Ordinal);
        Assert.DoesNotContain("fma.", ptx, StringComparison.Ordinal);
    }

    [Fact]
    public void The_knn_shapley_distances_round_every_multiply_and_add()
    {
        var ptx = Compile(nameof(KnnShapleyKernels) + "." + nameof(KnnShapleyKernels.Distances));

        Assert.Contains("mul.rn.f32", ptx, StringComparison.Ordinal);
        Assert.Contains("add.rn.f32", ptx, StringComparison.Ordinal);
    }

    [Fact]
    public void The_knn_shapley_recursion_divides_correctly_rounded()
    {
        var ptx = Compile(nameof(KnnShapleyKernels) + "." + nameof(KnnShapleyKernels.SuffixValues));

        Assert.Contains("div.rn.f64", ptx, StringComparison.Ordinal);
        Assert.Contains("add.rn.f64", ptx, StringComparison.Ordinal);
    }

    private static string Compile(string kernel)
    {
        var method = KernelMethods().Single(m => m.DeclaringType!.Name + "." + m.Name == kernel);
        using var context = Context.Create(builder => builder.DefaultCPU());
        using var backend = new PTXBackend(context, new CudaCapabilityContext(CudaArchitecture.SM_90), CudaArchitecture.SM_90, CudaInstructionSet.ISA_80, nvvmAPI: null);
        var entry = EntryPointDescription.FromImplicitlyGroupedKernel(method);
        var compiled = (PTXCompiledKernel)backend.Compile(entry, KernelSpecialization.Empty);
        return compiled.PTXAssembly;
    }

    // Every kernel entry point: public static methods whose first parameter is the thread index.
    private static IEnumerable<MethodInfo> KernelMethods() =>
        new[] { typeof(DeviceKernels), typeof(KnnShapleyKernels) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(Index1D));
}
