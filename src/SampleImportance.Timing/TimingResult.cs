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
    long? AllocatedBytes);
