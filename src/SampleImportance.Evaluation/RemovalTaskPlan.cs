namespace SampleImportance.Evaluation;

/// <summary>The point-removal task: retrain after removing each fraction of training rows, score on test.</summary>
/// <param name="Fractions">Distinct fractions in (0, 1), ascending. Default when written as plain <c>removal</c>: 0.1, 0.2, 0.3.</param>
/// <param name="Order">Which rows go first. Default <see cref="RemovalOrder.LowestFirst"/>.</param>
public sealed record RemovalTaskPlan(IReadOnlyList<double> Fractions, RemovalOrder Order)
{
    /// <summary>The fractions used when the suite writes <c>removal</c> without options.</summary>
    public static IReadOnlyList<double> DefaultFractions { get; } = Array.AsReadOnly([0.1, 0.2, 0.3]);
}
