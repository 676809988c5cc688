namespace SampleImportance.Evaluation.Tasks;

/// <summary>What a task asks when it runs the cell's estimator again (<see cref="TaskInput.Reestimate"/>).</summary>
/// <param name="Repeat">0 for the cell's own estimator seed; k &gt; 0 for the k-th other seed, derived from the cell's
/// (the same k gives the same seed, so a rerun is as reproducible as the cell).</param>
/// <param name="MaxUtilityEvaluations">The utility-evaluation budget of the rerun, or null for the cell's own budget.</param>
public sealed record EstimatorRerun(int Repeat, long? MaxUtilityEvaluations = null);
