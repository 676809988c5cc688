using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using SampleImportance.Benchmarks.KnnShapley;

namespace SampleImportance.Benchmarks.Columns;

/// <summary>Reads the peer's compute-only seconds that a <see cref="KnnShapleyBenchmarks"/> setup recorded during this run.</summary>
internal static class PeerComputeOnly
{
    // Files older than this host process belong to an earlier run and are ignored.
    private static readonly DateTime HostStartedUtc = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>The median seconds for the case's size, or null when this run did not measure it.</summary>
    public static double? MedianSeconds(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Parameters["Size"] is not KnnProblemSize size)
        {
            return null;
        }

        var file = KnnWorkspace.ComputeOnlyFileFor(size);
        if (!File.Exists(file) || File.GetLastWriteTimeUtc(file) < HostStartedUtc)
        {
            return null;
        }

        var seconds = File.ReadAllLines(file)
            .Where(l => l.Length > 0)
            .Select(l => double.Parse(l, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
        return seconds.Length == 0 ? null : KnnWorkspace.Median(seconds);
    }
}
