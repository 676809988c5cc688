using BenchmarkDotNet.Running;

namespace SampleImportance.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/SampleImportance.Benchmarks -- --filter '*'</c>, or
/// <c>-- gpu-check [--simulator]</c> for the GPU check.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/> (BenchmarkDotNet's command line).</summary>
    /// <param name="args">BenchmarkDotNet arguments, e.g. <c>--filter '*KnnShapley*'</c>, or <c>gpu-check</c> and its options.</param>
    public static void Main(string[] args)
    {
        // `gpu-check [options]`: the GPU timing and agreement check of benchmarks/gpu/gpu-check.sh, not a BenchmarkDotNet run.
        if (args is [GpuCheck.GpuCheckCommand.Name, .. var rest])
        {
            Environment.ExitCode = GpuCheck.GpuCheckCommand.Run(rest, Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
