using SampleImportance.Conformance.Games;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Exact Shapley values by enumerating every subset (the conformance kit's oracle): φᵢ = Σ_{S ⊆ N∖i} |S|!(n−|S|−1)!/n! · (U(S ∪ i) − U(S)).</summary>
internal static class BruteForceShapley
{
    public static double[] Values(int n, Func<int[], double> utility) => ExactValues.Semivalue(n, utility, ExactValues.ShapleyWeight);
}
