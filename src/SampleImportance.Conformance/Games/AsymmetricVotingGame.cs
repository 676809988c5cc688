namespace SampleImportance.Conformance.Games;

/// <summary>
/// Weighted majority voting (Castro et al. 2009, §4.2): U(S) = 1 when the weights in S sum to more than half of all
/// weights, else 0. No closed form: its exact values come from <see cref="ExactValues"/> (n ≤ 20).
/// </summary>
public sealed class AsymmetricVotingGame : Game
{
    private readonly double[] _weights;
    private readonly double _quota;

    /// <summary>Creates the game.</summary>
    /// <param name="weights">One non-negative weight per voter.</param>
    public AsymmetricVotingGame(params double[] weights)
        : base(weights?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights.ToArray();
        _quota = _weights.Sum() / 2;
    }

    /// <summary>The voters' weights.</summary>
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

        return sum > _quota ? 1 : 0;
    }
}
