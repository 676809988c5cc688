namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// A sampler of subsets S ⊆ N that are not tied to a player: each draw is evaluated once and reused by every player,
/// as U(S) for the players in S and U(S) for those out of it (<see cref="SampleReuseStrategy"/>).
/// </summary>
public interface ISubsetSampler : ISampler
{
    /// <summary>Draws S ⊆ N into the start of <paramref name="subset"/>, in ascending order, and returns |S|.</summary>
    /// <param name="playerCount">Players n.</param>
    /// <param name="subset">A buffer with room for n players.</param>
    int Next(int playerCount, Span<int> subset);
}
