namespace SampleImportance.Conformance.Games;

/// <summary>U(S) = min(|S|, cap): after <c>cap</c> players the utility is U(N), so truncation loses nothing.</summary>
/// <param name="playerCount">Number of players.</param>
/// <param name="cap">The size at which the utility saturates.</param>
public sealed class SaturatingGame(int playerCount, int cap) : Game(playerCount)
{
    /// <inheritdoc/>
    public override double Value(bool[] members) => Math.Min(CountMembers(members), cap);
}
