namespace SampleImportance.Sdk.Tests.Games;

/// <summary>U(S) = min(|S|, cap): after <c>cap</c> players the utility is U(N), so truncation loses nothing.</summary>
internal sealed class SaturatingGame(int playerCount, int cap) : Game(playerCount)
{
    protected override double Value(bool[] members) => Math.Min(members.Count(m => m), cap);
}
