using SampleImportance.Abstractions;

namespace SampleImportance.Hosting.Tests;

/// <summary>
/// U(S) = Σ weights over the distinct units of S: every marginal contribution of unit i is weights[i], so its Shapley
/// value is exactly weights[i] whatever permutations are drawn (a closed-form oracle that needs no model).
/// </summary>
internal sealed class AdditiveGame(params double[] weights) : IUtility
{
    public MetricDescriptor Metric { get; } = new("additive", "Test utility: sum of the units' weights.", MetricDirection.HigherIsBetter, NeedsGroups: false, PredictionKind.Score);

    public int PlayerCount => weights.Length;

    public long Evaluations { get; private set; }

    public double Evaluate(ReadOnlySpan<int> units)
    {
        Evaluations++;
        var sum = 0.0;
        foreach (var unit in new HashSet<int>(units.ToArray()))
        {
            sum += weights[unit];
        }

        return sum;
    }
}
