namespace SampleImportance.Evaluation.Tasks;

/// <summary>What a rerun of the cell's estimator produced.</summary>
/// <param name="Values">One value per unit, higher = more valuable.</param>
/// <param name="UtilityEvaluations">Utility evaluations the rerun made, counted by the host.</param>
public sealed record RerunResult(IReadOnlyList<double> Values, long UtilityEvaluations);
