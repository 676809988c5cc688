namespace SampleImportance.Conformance.Games;

/// <summary>
/// Weighted majority voting (Castro et al. 2009, §4.2): U(S) = 1 when the weights in S sum to more than half of all
/// weights, else 0. No closed form: its exact values come from <see cref="ExactValues"/> (n ≤ 20).
/// </summary>
public sealed class AsymmetricVotingGame : Game
{
    private readonly AdditiveGame _weightOf;
    private readonly double _quota;

    /// <summary>Creates the game.</summary>
    /// <param name="weights">One non-negative weight per voter.</param>
    public AsymmetricVotingGame(params double[] weights)
        : base(weights?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weightOf = new AdditiveGame(weights);
        _quota = weights.Sum() / 2;
    }

    /// <summary>The voters' weights.</summary>
    public IReadOnlyList<double> Weights => _weightOf.Weights;

    /// <inheritdoc/>
    public override double Value(bool[] members) => _weightOf.Value(members) > _quota ? 1 : 0;
}
