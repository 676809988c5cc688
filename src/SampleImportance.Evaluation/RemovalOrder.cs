namespace SampleImportance.Evaluation;

/// <summary>Which samples the removal task removes first.</summary>
public enum RemovalOrder
{
    /// <summary>Lowest valued first (<c>lowest-first</c>): a good estimator's curve rises or holds.</summary>
    LowestFirst,

    /// <summary>Highest valued first (<c>highest-first</c>): a good estimator's curve falls fast.</summary>
    HighestFirst,
}
