namespace SampleImportance.Evaluation.Tasks;

/// <summary>What a task measured for one cell.</summary>
/// <param name="Metrics">Values by metric name (names among the task's <see cref="IEvaluationTask.Metrics"/>). NaN marks a value that is undefined for this cell.</param>
/// <param name="Curve">A curve to keep beside the metrics (the removal curve), or null.</param>
public sealed record TaskOutcome(IReadOnlyDictionary<string, double> Metrics, IReadOnlyList<CurvePoint>? Curve = null)
{
    /// <summary>Nothing measured.</summary>
    public static TaskOutcome Empty { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal));
}
