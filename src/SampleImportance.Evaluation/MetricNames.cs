namespace SampleImportance.Evaluation;

/// <summary>Metric names as they appear in results, leaderboards and gates.</summary>
public static class MetricNames
{
    public const string Auroc = "noisy-detection.auroc";
    public const string AveragePrecision = "noisy-detection.average-precision";
    public const string F1 = "noisy-detection.f1";
    public const string RemovalAuc = "removal.auc";
    public const string TimeMedian = "time.median";
    public const string UtilityEvaluations = "cost.utility-evaluations";

    /// <summary>Every metric a gate may name.</summary>
    public static IReadOnlyList<string> All { get; } = [Auroc, AveragePrecision, F1, RemovalAuc, TimeMedian, UtilityEvaluations];
}
