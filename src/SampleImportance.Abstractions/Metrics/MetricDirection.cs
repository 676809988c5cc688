namespace SampleImportance.Abstractions;

/// <summary>Which way a metric improves.</summary>
public enum MetricDirection
{
    /// <summary>Larger values are better (accuracy, AUC, NDCG).</summary>
    HigherIsBetter,

    /// <summary>Smaller values are better (squared error, log-loss).</summary>
    LowerIsBetter,
}
