namespace SampleImportance.Evaluation.Metrics;

/// <summary>Names of the built-in utility metrics, as written in suites (<c>models[].metric</c>) and on the command line.</summary>
public static class BuiltInMetricNames
{
    /// <summary>Top-class accuracy.</summary>
    public const string Accuracy = "accuracy";

    /// <summary>ROC AUC.</summary>
    public const string Auc = "auc";

    /// <summary>Mean log-probability of the true label.</summary>
    public const string LogLikelihood = "log-likelihood";

    /// <summary>Mean class score of the true label (Jia et al.'s KNN utility).</summary>
    public const string LabelLikelihood = "label-likelihood";

    /// <summary>Mean squared error.</summary>
    public const string MeanSquaredError = "mse";

    /// <summary>Normalised discounted cumulative gain, optionally at a cutoff: <c>ndcg</c> or <c>ndcg@10</c>.</summary>
    public const string Ndcg = "ndcg";

    /// <summary>Mean reciprocal rank of the first relevant row per group.</summary>
    public const string Mrr = "mrr";

    /// <summary>Mean average precision per group, optionally at a cutoff: <c>map</c> or <c>map@10</c>.</summary>
    public const string Map = "map";

    /// <summary>Recall at a cutoff per group, written with its cutoff: <c>recall@10</c>.</summary>
    public const string Recall = "recall";

    /// <summary>Precision at a cutoff per group, written with its cutoff: <c>precision@10</c>.</summary>
    public const string Precision = "precision";

    /// <summary>Inverse-propensity-weighted DCG on clicks, optionally at a cutoff: <c>ipw-dcg</c> or <c>ipw-dcg@10</c>.</summary>
    public const string IpwDcg = "ipw-dcg";

    /// <summary>Inverse-propensity-weighted NDCG on clicks, optionally at a cutoff: <c>ipw-ndcg</c> or <c>ipw-ndcg@10</c>.</summary>
    public const string IpwNdcg = "ipw-ndcg";

    /// <summary>Inverse-propensity-weighted MRR of the first click per group.</summary>
    public const string IpwMrr = "ipw-mrr";
}
