namespace SampleImportance.Timing;

/// <summary>How BenchmarkDotNet times one cell.</summary>
public sealed class TimingOptions
{
    /// <summary>Measured iterations (default 3). Monitoring strategy: one invocation per iteration, no pilot.</summary>
    public int Iterations { get; init; } = 3;

    /// <summary>Warm-up iterations before measuring (default 0).</summary>
    public int Warmup { get; init; }

    /// <summary>Longest a whole measurement may take before BenchmarkDotNet's in-process executor gives up (default 10 minutes).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Lets BenchmarkDotNet time a non-optimised (Debug) build. Off by default: Debug timings mislead. Tests turn it on
    /// (environment variable <c>SAMPLEIMPORTANCE_ALLOW_DEBUG_TIMING=1</c> in the CLI).
    /// </summary>
    public bool AllowDebugBuild { get; init; }

    /// <summary>Where BenchmarkDotNet may write its artifacts (default: a folder under the temp directory).</summary>
    public string ArtifactsPath { get; init; } = Path.Combine(Path.GetTempPath(), "sampleimportance-bdn");
}
