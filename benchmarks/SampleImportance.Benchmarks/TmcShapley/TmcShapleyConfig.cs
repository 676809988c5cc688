using BenchmarkDotNet.Configs;
using SampleImportance.Benchmarks.Columns;

namespace SampleImportance.Benchmarks.TmcShapley;

/// <summary>Adds the evaluations-per-second columns (ours, the scikit-learn peer's, the ratio) to <see cref="TmcShapleyBenchmarks"/>' summary.</summary>
public sealed class TmcShapleyConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public TmcShapleyConfig()
    {
        AddColumn(new TmcRateColumn(TmcRateColumn.Kind.Ours), new TmcRateColumn(TmcRateColumn.Kind.Peer), new TmcRateColumn(TmcRateColumn.Kind.Ratio));
    }
}
