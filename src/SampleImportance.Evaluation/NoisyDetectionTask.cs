using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation;

/// <summary>
/// Noisy-sample detection: how well low importance values find the corrupted rows. The detection score of a row is
/// its negated value (low value = suspected noise); F1 flags as many rows as were corrupted (the true noise rate).
/// </summary>
public static class NoisyDetectionTask
{
    /// <summary>Detection metrics of per-unit values against a per-row mask: a unit counts as corrupted when any of its rows is.</summary>
    public static IReadOnlyDictionary<string, double> Evaluate(IReadOnlyList<double> values, IReadOnlyList<bool> rowMask, UnitPartition units)
    {
        ArgumentNullException.ThrowIfNull(rowMask);
        ArgumentNullException.ThrowIfNull(units);
        var unitMask = new bool[units.Count];
        for (var row = 0; row < rowMask.Count; row++)
        {
            unitMask[units.UnitOfRow[row]] |= rowMask[row];
        }

        return Evaluate(values, unitMask);
    }

    public static IReadOnlyDictionary<string, double> Evaluate(IReadOnlyList<double> values, IReadOnlyList<bool> noiseMask)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(noiseMask);
        var suspicion = values.Select(v => -v).ToArray();
        var corrupted = noiseMask.Count(x => x);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [MetricNames.Auroc] = RankingMetrics.Auroc(noiseMask, suspicion),
            [MetricNames.AveragePrecision] = RankingMetrics.AveragePrecision(noiseMask, suspicion),
            [MetricNames.F1] = RankingMetrics.F1AtCount(noiseMask, suspicion, corrupted),
        };
    }
}
