using SampleImportance.Abstractions;

namespace SampleImportance.Engine.Estimation;

/// <summary>Everything that decides one estimation's values: the same request gives the same values from <c>run</c> and <c>score</c>.</summary>
/// <param name="Train">Rows to value.</param>
/// <param name="Validation">Rows the utility is scored on.</param>
/// <param name="Unit"><c>row</c>, or an id column of the data whose groups are valued.</param>
/// <param name="Estimator">Estimator plugin id.</param>
/// <param name="EstimatorParameters">Given estimator parameters (defaults are filled in by the pipeline).</param>
/// <param name="Model">Model plugin id.</param>
/// <param name="ModelParameters">Given model parameters (defaults are filled in by the pipeline).</param>
/// <param name="Metric">Utility metric name, or null for the model's default.</param>
/// <param name="Seed">The data seed (the model's seed derives from it).</param>
/// <param name="EstimatorSeed">The estimator seed (mixed with <paramref name="Seed"/> into the estimator's seed).</param>
/// <param name="Budget">Limits on the estimator.</param>
public sealed record EstimationRequest(
    SampleSet Train,
    SampleSet Validation,
    string Unit,
    string Estimator,
    PluginParameters EstimatorParameters,
    string Model,
    PluginParameters ModelParameters,
    string? Metric,
    int Seed,
    int EstimatorSeed,
    EstimationBudget Budget);
