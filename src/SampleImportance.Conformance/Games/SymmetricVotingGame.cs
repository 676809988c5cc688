namespace SampleImportance.Conformance.Games;

/// <summary>
/// Symmetric majority voting (Castro et al. 2009, §4.1): U(S) = 1 when |S| &gt; n/2, else 0. All players are
/// interchangeable, so by symmetry and efficiency every Shapley value is 1/n.
/// </summary>
/// <param name="playerCount">Number of voters.</param>
public sealed class SymmetricVotingGame(int playerCount) : Game(playerCount)
{
    /// <inheritdoc/>
    public override double Value(bool[] members) => CountMembers(members) * 2 > PlayerCount ? 1 : 0;

    /// <summary>The closed-form Shapley values: 1/n each.</summary>
    public double[] ShapleyValues() => Enumerable.Repeat(1.0 / PlayerCount, PlayerCount).ToArray();
}
