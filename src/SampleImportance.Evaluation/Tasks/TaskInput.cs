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
}
