using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SampleImportance.Benchmarks.TmcShapley;

namespace SampleImportance.Benchmarks.Columns;

/// <summary>
/// Utility evaluations per second for <see cref="TmcShapleyBenchmarks"/>: ours (evaluations per invocation / mean), the
/// scikit-learn peer's (measured by its setup, the same for every row) or the ratio of the two.
/// </summary>
internal sealed class TmcRateColumn(TmcRateColumn.Kind kind) : IColumn
{
    /// <summary>Which number the column shows.</summary>
    public enum Kind
    {
        /// <summary>Our evaluations per second.</summary>
        Ours,

        /// <summary>The scikit-learn loop's evaluations per second.</summary>
        Peer,

        /// <summary>Ours divided by the peer's.</summary>
        Ratio,
    }

    public string Id => nameof(TmcRateColumn) + kind;

    public string ColumnName => kind switch
    {
        Kind.Ours => "Evaluations/s",
        Kind.Peer => "sklearn evaluations/s",
        _ => "x sklearn",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind switch
    {
        Kind.Ours => "Utility evaluations per invocation (P·(n − 1) + 2) / mean",
        Kind.Peer => "The scikit-learn loop's evaluations per second, timed in Python by the Ours_Cold setup of this run",
        _ => "Evaluations/s of the row / sklearn evaluations/s",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        double? ours = summary[benchmarkCase]?.ResultStatistics?.Mean is { } mean and > 0
            ? TmcProtocol.EvaluationsPer(TmcShapleyBenchmarks.Permutations) / (mean * 1e-9)
            : null;
        var peer = SklearnTmcPeer.RecordedRate();
        double? value = kind switch
        {
            Kind.Ours => ours,
            Kind.Peer => peer,
            _ => ours is { } o && peer is { } p and > 0 ? o / p : null,
        };
        return value is { } v ? v.ToString(kind == Kind.Ratio ? "F1" : "F0", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
