using System.CommandLine;
using SampleImportance.Kernels;

namespace SampleImportance.Cli.Commands;

/// <summary>Options several commands share; each command gets its own instances.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Plugins() => new("--plugins")
    {
        Description = "Extra plugin directory (repeatable). Also read: the built-in plugins folder and SAMPLEIMPORTANCE_PLUGIN_PATH.",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    public static Option<string> Device()
    {
        var option = new Option<string>("--device")
        {
            Description = "Compute backend: auto (CUDA when present, else SIMD CPU), cpu, cuda, opencl, ilgpu-cpu (the ILGPU simulator; slow, for tests).",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong([.. ComputeDevices.Names]);
        return option;
    }
}
