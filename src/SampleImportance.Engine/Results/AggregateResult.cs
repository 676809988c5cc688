namespace SampleImportance.Engine.Results;

/// <summary>One metric over the replicates (data seeds × estimator seeds) of a (dataset, corruption, model, estimator) group: mean and 95% t-interval.</summary>
public sealed record AggregateResult(
    string Dataset,
    string Corruption,
    string Model,
    string Estimator,
    string Metric,
    double Mean,
    double CiLower,
    double CiUpper,
    int Count);
