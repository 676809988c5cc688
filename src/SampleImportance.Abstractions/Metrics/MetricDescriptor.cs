namespace SampleImportance.Abstractions;

/// <summary>Describes a metric.</summary>
/// <param name="Name">Stable name used in suites, e.g. <c>accuracy</c> or <c>ndcg@10</c>.</param>
/// <param name="Description">One sentence, with the reference whose definition it follows.</param>
/// <param name="Direction">Which way it improves. Utilities enter lower-is-better metrics negated, so U is always higher = better.</param>
/// <param name="NeedsGroups">True for per-group metrics (NDCG@k, MRR, MAP@k): the data must carry <see cref="SampleSet.Groups"/>.</param>
/// <param name="Predictions">What the metric reads from the model's outputs.</param>
public sealed record MetricDescriptor(
    string Name,
    string Description,
    MetricDirection Direction,
    bool NeedsGroups,
    PredictionKind Predictions);
