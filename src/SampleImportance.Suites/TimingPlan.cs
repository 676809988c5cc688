namespace SampleImportance.Suites;

/// <summary>How estimator runs are timed (BenchmarkDotNet, monitoring strategy).</summary>
/// <param name="Enabled">Time the runs at all. Default true.</param>
/// <param name="Iterations">Measured iterations, at least 1. Default 3.</param>
/// <param name="Warmup">Warm-up iterations, at least 0. Default 0.</param>
public sealed record TimingPlan(bool Enabled, int Iterations, int Warmup)
{
    /// <summary>The defaults: enabled, 3 iterations, no warm-up.</summary>
    public static TimingPlan Default { get; } = new(true, 3, 0);
}
