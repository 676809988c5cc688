namespace SampleImportance.Timing;

/// <summary>BenchmarkDotNet's measurement of one cell's estimator run.</summary>
/// <param name="MedianSeconds">Median of the measured iterations.</param>
/// <param name="CiLowerSeconds">Lower bound of the 99.9% confidence interval BenchmarkDotNet reports for the mean (equal to the median below 3 iterations, where it gives none).</param>
/// <param name="CiUpperSeconds">Upper bound of that interval.</param>
/// <param name="Iterations">Measured iterations.</param>
/// <param name="SamplesSeconds">Every measured iteration, in order.</param>
/// <param name="AllocatedBytes">Bytes allocated per run, when measured.</param>
public sealed record TimingResult(
    double MedianSeconds,
    double CiLowerSeconds,
    double CiUpperSeconds,
    int Iterations,
    IReadOnlyList<double> SamplesSeconds,
    long? AllocatedBytes)
{
    /// <summary>
    /// Process CPU time of each measured iteration, aligned with <see cref="SamplesSeconds"/>; null when an iteration
    /// is not exactly one invocation, or for results read from an older run.json. It sums every thread of the process,
    /// so a multithreaded estimator's CPU time exceeds its wall time. Gates on a shared machine judge it
    /// (<c>time.cpu-median</c>): it follows the work done, not the CPU share the machine's load leaves the process.
    /// </summary>
    public IReadOnlyList<double>? CpuSamplesSeconds { get; init; }

    /// <summary>
    /// The interleaved reference (a reference build of the estimator timed beside each iteration), or null when none was
    /// asked for or it could not be aligned with every measured iteration. Timing gates judge against it when present.
    /// </summary>
    public ReferenceTiming? Reference { get; init; }

    /// <summary>Median of <see cref="CpuSamplesSeconds"/>, or null without them.</summary>
    public double? CpuMedianSeconds => CpuSamplesSeconds is { Count: > 0 } cpu ? Median(cpu) : null;

    /// <summary>The median (mean of the middle two for an even count); NaN for no samples.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
