namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// A sampler of a context S ⊆ N∖{i} for a given player i. The runner sweeps the players, evaluating U(S ∪ {i}) and
/// U(S) for each: two evaluations per marginal contribution (<see cref="PlayerSubsetStrategy"/>).
/// </summary>
public interface IPlayerSubsetSampler : ISampler
{
    /// <summary>Draws S ⊆ N∖{<paramref name="player"/>} into the start of <paramref name="subset"/> and returns |S|.</summary>
    /// <param name="player">The valued player, in [0, <paramref name="playerCount"/>).</param>
    /// <param name="playerCount">Players n.</param>
    /// <param name="subset">A buffer with room for n − 1 players.</param>
    int Next(int player, int playerCount, Span<int> subset);
}
