namespace SampleImportance.Evaluation;

/// <summary>
/// Noisy-sample detection: how well low importance values find the corrupted rows. The detection score of a row is
/// its negated value (low value = suspected noise); F1 flags as many rows as were corrupted (the true noise rate).
/// </summary>
public static class NoisyDetectionTask
{
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
