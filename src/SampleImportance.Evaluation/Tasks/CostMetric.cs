namespace SampleImportance.Evaluation.Tasks;

/// <summary>A cost the engine measures for every cell (not a task's), registered so gates and reports learn its direction.</summary>
/// <param name="Metric">Name, direction (lower is better for a cost), description.</param>
/// <param name="NeedsTiming">True when only the timing pass records it, so a suite with timing off never has it.</param>
public sealed record CostMetric(ResultMetric Metric, bool NeedsTiming)
{
    /// <summary>The metric's name.</summary>
    public string Name => Metric.Name;
}
