using SampleImportance.Evaluation;

namespace SampleImportance.Suites;

/// <summary>How each estimator is judged. A suite without <c>tasks:</c> only measures cost.</summary>
/// <param name="NoisyDetection">Score values against the corruption mask (AUROC, average precision, F1).</param>
/// <param name="Removal">The removal curve task, or null.</param>
public sealed record TaskPlan(bool NoisyDetection, RemovalTaskPlan? Removal)
{
    /// <summary>No quality tasks.</summary>
    public static TaskPlan None { get; } = new(false, null);
}
