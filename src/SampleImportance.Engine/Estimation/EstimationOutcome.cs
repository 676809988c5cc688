using SampleImportance.Abstractions;

namespace SampleImportance.Engine.Estimation;

/// <summary>What one estimation produced, with what the host counted and the parameters it really used.</summary>
/// <param name="Units">The units valued.</param>
/// <param name="Values">One value per unit, higher = more valuable (checked finite).</param>
/// <param name="StandardErrors">Per-unit standard errors, or null.</param>
/// <param name="Notes">Estimator notes.</param>
/// <param name="UtilityEvaluations">Utility evaluations, counted by the host.</param>
/// <param name="EstimatorParameters">Effective estimator parameters, every default filled in.</param>
/// <param name="ModelParameters">Effective model parameters, every default filled in.</param>
/// <param name="Metric">The utility metric.</param>
/// <param name="CreateModel">Creates the cell's model (same parameters, seed and backend), for tasks that retrain.</param>
/// <param name="CreateUtility">Creates the game the estimator estimated (same units, model, metric, validation and cache),
/// with no evaluation budget, for tasks that evaluate it themselves; null where the caller has none.</param>
public sealed record EstimationOutcome(
    UnitPartition Units,
    IReadOnlyList<double> Values,
    IReadOnlyList<double>? StandardErrors,
    IReadOnlyList<string> Notes,
    long UtilityEvaluations,
    PluginParameters EstimatorParameters,
    PluginParameters ModelParameters,
    IMetric Metric,
    Func<IModel> CreateModel,
    Func<CancellationToken, IUtility>? CreateUtility = null);
