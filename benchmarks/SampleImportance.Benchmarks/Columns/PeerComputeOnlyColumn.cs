using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SampleImportance.Benchmarks.Columns;

/// <summary>The numpy peer's compute-only median (knn_shapley() alone, timed inside Python) for the row's size.</summary>
internal sealed class PeerComputeOnlyColumn : IColumn
{
    public string Id => nameof(PeerComputeOnlyColumn);

    public string ColumnName => "Peer compute-only";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median seconds of the numpy knn_shapley() call alone (no Python start-up, no CSV), measured in Python by the Peer_Numpy setup";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        PeerComputeOnly.MedianSeconds(benchmarkCase) is { } seconds
            ? seconds.ToString("F3", CultureInfo.InvariantCulture) + " s"
            : "-";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
