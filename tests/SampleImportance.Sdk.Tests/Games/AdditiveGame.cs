namespace SampleImportance.Sdk.Tests.Games;

/// <summary>U(S) = Σ_{i∈S} wᵢ: every semivalue of player i is wᵢ.</summary>
internal sealed class AdditiveGame(params double[] weights) : Game(weights.Length)
{
    public IReadOnlyList<double> Weights => weights;

    protected override double Value(bool[] members)
    {
        var sum = 0.0;
        for (var i = 0; i < members.Length; i++)
        {
            sum += members[i] ? weights[i] : 0;
        }

        return sum;
    }
}
