namespace SampleImportance.Evaluation.Tasks;

/// <summary>Which units the removal task removes first.</summary>
public enum RemovalOrder
{
    /// <summary>Lowest valued first (<c>lowest-first</c>): a good estimator's curve rises or holds; higher area is better.</summary>
    LowestFirst,

    /// <summary>Highest valued first (<c>highest-first</c>): a good estimator's curve falls fast; lower area is better.</summary>
    HighestFirst,
}
