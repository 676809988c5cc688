namespace SampleImportance.Conformance.Games;

/// <summary>U(S) = Σ_{i∈S} wᵢ: every semivalue of player i is wᵢ, and a player with weight 0 is a null player.</summary>
public sealed class AdditiveGame : Game
{
    private readonly double[] _weights;

    /// <summary>Creates the game.</summary>
    /// <param name="weights">One weight per player.</param>
    public AdditiveGame(params double[] weights)
        : base(weights?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights.ToArray();
    }

    /// <summary>The weights, which are also every semivalue.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <inheritdoc/>
    public override double Value(bool[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var sum = 0.0;
        for (var i = 0; i < members.Length; i++)
        {
            sum += members[i] ? _weights[i] : 0;
        }

        return sum;
    }
}
