namespace SampleImportance.Timing;

/// <summary>
/// Times one estimator run. The engine depends on this, not on BenchmarkDotNet; <see cref="BenchmarkTimer"/> is the
/// implementation the runner uses by default.
/// </summary>
public interface IEstimatorTimer
{
    /// <summary>Measures <paramref name="run"/> under <paramref name="options"/>; the run's results are discarded.</summary>
    /// <param name="id">Identifies the measurement (the cell id); unique among measurements in flight.</param>
    /// <param name="options">Iterations, warm-up and time limit.</param>
    /// <param name="run">The action timed.</param>
    /// <param name="reference">Optional: the same work by a reference build, run once beside every iteration (outside the
    /// measured region) and recorded in <see cref="TimingResult.Reference"/>, labelled <paramref name="referenceSource"/>.</param>
    /// <param name="referenceSource">Where the reference comes from (recorded with its samples).</param>
    /// <exception cref="TimingException">No measurement could be made (the run failed or timed out).</exception>
    TimingResult Measure(string id, TimingOptions options, Action run, Action? reference = null, string? referenceSource = null);
}
