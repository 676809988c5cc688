namespace SampleImportance.Conformance.Games;

/// <summary>A game given as a function of the ascending member indices, for ad hoc games in tests.</summary>
/// <param name="playerCount">Number of players.</param>
/// <param name="value">U(S) for the ascending members of S.</param>
public sealed class FunctionGame(int playerCount, Func<int[], double> value) : Game(playerCount)
{
    /// <inheritdoc/>
    public override double Value(bool[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return value(Enumerable.Range(0, members.Length).Where(i => members[i]).ToArray());
    }
}
