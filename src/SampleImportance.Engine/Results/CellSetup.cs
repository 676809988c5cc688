namespace SampleImportance.Engine.Results;

/// <summary>What a cell really ran with, recorded in run.json so a result can be reproduced and compared.</summary>
/// <param name="Unit">The unit of value: <c>row</c> or an id column.</param>
/// <param name="Metric">The utility metric.</param>
/// <param name="EstimatorParameters">Effective estimator parameters, every default filled in.</param>
/// <param name="ModelParameters">Effective model parameters, every default filled in.</param>
/// <param name="EstimatorSeed">The estimator seed (the data held fixed across estimator seeds).</param>
/// <param name="Standardized">True when features were standardised with the training rows' mean and standard deviation.</param>
public sealed record CellSetup(
    string Unit,
    string Metric,
    IReadOnlyDictionary<string, string> EstimatorParameters,
    IReadOnlyDictionary<string, string> ModelParameters,
    int EstimatorSeed,
    bool Standardized);
