namespace SampleImportance.Benchmarks.GpuCheck;

/// <summary>The resolved sizes of one <c>gpu-check</c> run (see <see cref="GpuCheckOptions"/>).</summary>
internal sealed record GpuCheckSizes(int Train, int Validation, int Features, int K, int Runs, int CheckQueries, int CpuQueries, int Seed);
