namespace SampleImportance.Plugins.Estimators.MonteCarlo;

/// <summary>Shapley's weighting: permutation sampling already draws predecessor sets with Shapley's probabilities.</summary>
internal sealed class ShapleyWeight : IMarginalWeight
{
    public static ShapleyWeight Instance { get; } = new();

    public double Weight(int predecessors, int count) => 1.0;
}
