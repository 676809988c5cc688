using SampleImportance.Benchmarks.GpuCheck;

namespace SampleImportance.Plugins.Tests.Estimators.KnnShapley;

/// <summary>The entry point of <c>benchmarks/gpu/gpu-check.sh</c> at tiny size on the ILGPU simulator, so the script's C# half cannot rot unnoticed.</summary>
public class GpuCheckSmokeTests
{
    [Fact]
    public void The_simulator_run_agrees_with_cpu_simd_and_ends_with_the_table()
    {
        using var output = new StringWriter();

        var code = GpuCheckCommand.Run(["--simulator", "--train", "300", "--validation", "10", "--features", "4", "--runs", "1", "--check", "10", "--cpu-queries", "5"], output);

        var lines = output.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.True(code == 0, output.ToString());
        Assert.Contains(lines, l => l.StartsWith("### gpu-check", StringComparison.Ordinal) && l.Contains("SIMULATOR", StringComparison.Ordinal));
        Assert.StartsWith("| Repeat gives the same bits | ilgpu-cpu | 300 × 10 × 4 | yes |", lines[^1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("| ilgpu-cpu | 300 × 10 × 4 |", StringComparison.Ordinal) && l.Contains("(agree, tolerance 1E-12)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_option_is_refused_with_exit_code_2()
    {
        using var output = new StringWriter();

        Assert.Equal(2, GpuCheckCommand.Run(["--simulator", "--trian", "5"], output));
        Assert.Contains("Unknown gpu-check option '--trian'", output.ToString(), StringComparison.Ordinal);
    }
}
