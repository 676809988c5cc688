namespace SampleImportance.Sdk.Tests.Games;

/// <summary>Symmetric majority voting: U(S) = 1 when |S| &gt; n/2, else 0. Every Shapley value is 1/n.</summary>
internal sealed class VotingGame(int playerCount) : Game(playerCount)
{
    protected override double Value(bool[] members) => members.Count(m => m) * 2 > members.Length ? 1 : 0;
}
