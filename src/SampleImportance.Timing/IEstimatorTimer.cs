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
    /// <exception cref="TimingException">No measurement could be made (the run failed or timed out).</exception>
    TimingResult Measure(string id, TimingOptions options, Action run);
}
