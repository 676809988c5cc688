namespace SampleImportance.Timing;

/// <summary>
/// The interleaved reference of one measurement: the same cell run by a reference build of the estimator (e.g. the base
/// branch's plugins) once beside every measured iteration, in the same process, outside the measured region. Sample i
/// ran next to the measurement's iteration i, so the pair saw the same machine: on a shared machine whose speed drifts by
/// 2× between minutes, the per-iteration ratio stays put while either side alone does not.
/// </summary>
/// <param name="Source">Where the reference estimator came from (its plugin directory).</param>
/// <param name="SamplesSeconds">Wall clock of each reference run, aligned with the measured iterations.</param>
/// <param name="CpuSamplesSeconds">Process CPU time of each reference run, aligned likewise.</param>
public sealed record ReferenceTiming(string Source, IReadOnlyList<double> SamplesSeconds, IReadOnlyList<double> CpuSamplesSeconds);
