using BenchmarkDotNet.Running;

namespace SampleImportance.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/SampleImportance.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/> (BenchmarkDotNet's command line).</summary>
    /// <param name="args">BenchmarkDotNet arguments, e.g. <c>--filter '*KnnShapley*'</c>.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
