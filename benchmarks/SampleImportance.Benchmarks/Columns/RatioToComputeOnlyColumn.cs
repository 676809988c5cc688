using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SampleImportance.Benchmarks.Columns;

/// <summary>The row's mean divided by the peer's compute-only median for the same size (below 1: faster than numpy's compute alone).</summary>
internal sealed class RatioToComputeOnlyColumn : IColumn
{
    public string Id => nameof(RatioToComputeOnlyColumn);

    public string ColumnName => "Ratio vs compute-only";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean of the row / Peer compute-only median of its size";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNanoseconds is { } mean && PeerComputeOnly.MedianSeconds(benchmarkCase) is { } seconds and > 0
            ? (mean / (seconds * 1e9)).ToString("F3", CultureInfo.InvariantCulture)
            : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
