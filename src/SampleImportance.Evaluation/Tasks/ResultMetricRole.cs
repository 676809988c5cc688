namespace SampleImportance.Evaluation.Tasks;

/// <summary>How reports use a recorded metric.</summary>
public enum ResultMetricRole
{
    /// <summary>A quality metric leaderboards may rank estimators by (the first present, in catalog order, wins).</summary>
    Headline,

    /// <summary>A quality metric shown beside the ranking.</summary>
    Quality,

    /// <summary>What the estimator cost: time, utility evaluations.</summary>
    Cost,
}
