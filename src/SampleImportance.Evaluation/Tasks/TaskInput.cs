using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>What a task judges: one cell's values, and the data and model they came from.</summary>
/// <param name="Values">One importance value per unit (higher = more valuable).</param>
/// <param name="Units">The units the values belong to (rows, or groups of an id column).</param>
/// <param name="Train">The training rows that were valued (after corruption).</param>
/// <param name="Test">The held-out test rows.</param>
/// <param name="NoiseMask">True for each corrupted training row; null when the dataset has no corruption.</param>
/// <param name="CreateModel">Creates a fresh, unfitted model of the cell (same plugin, parameters, seed and backend).</param>
/// <param name="Metric">The cell's utility metric.</param>
public sealed record TaskInput(
    IReadOnlyList<double> Values,
    UnitPartition Units,
    SampleSet Train,
    SampleSet Test,
    IReadOnlyList<bool>? NoiseMask,
    Func<IModel> CreateModel,
    IMetric Metric)
{
    /// <summary>Where detection is scored, one entry per training row: −1 for rows that could not carry the noise
    /// (not candidates), otherwise the stratum (e.g. the observed label) within which noisy and clean rows are compared.
    /// Null with <see cref="NoiseMask"/>, or when every row is a candidate in one stratum.</summary>
    public IReadOnlyList<int>? NoiseStrata { get; init; }

    /// <summary>The cell's data seed, for tasks that draw at random (e.g. the subsets of <c>lds</c>): every estimator
    /// of a dataset and seed is judged on the same draws.</summary>
    public int Seed { get; init; }

    /// <summary>Runs the cell's estimator again on the same data, model and utility, with another seed or budget, and
    /// returns its values; null when the caller cannot (a task that needs it declares <see cref="TaskNeeds.Reestimation"/>).</summary>
    public Func<EstimatorRerun, CancellationToken, RerunResult>? Reestimate { get; init; }

    /// <summary>The game the estimator estimated: U(S) over the same units, scored on the validation split with the cell's
    /// model and metric, sharing the run's cache, with no budget and not counted as the cell's cost. Null when the caller
    /// cannot supply it (a task that needs it declares <see cref="TaskNeeds.CellUtility"/>).</summary>
    public IUtility? Utility { get; init; }
}
