using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// Stratified by cardinality (pyDVL <c>StratifiedSampler</c> with uniform sizes; Maleki et al. 2013): for player i,
/// draw |S| uniformly from 0..n−1, then S uniformly among the subsets of N∖{i} of that size. P(S) = 1 / (n·C(n−1, |S|)),
/// the same law as a permutation's predecessors, but every size is drawn equally often, including the large sets
/// a truncated permutation never reaches.
/// </summary>
public sealed class StratifiedSampler : IPlayerSubsetSampler
{
    private readonly Random _random;
    private int[] _others = [];

    /// <summary>Creates the sampler.</summary>
    /// <param name="random">The seeded source; the sampler is its only user.</param>
    public StratifiedSampler(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <inheritdoc/>
    public string Name => "stratified";

    /// <inheritdoc/>
    public int Next(int player, int playerCount, Span<int> subset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(player);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(player, playerCount);
        var size = _random.Next(playerCount);
        if (_others.Length != playerCount - 1)
        {
            _others = new int[playerCount - 1];
        }

        for (int other = 0, at = 0; other < playerCount; other++)
        {
            if (other != player)
            {
                _others[at++] = other;
            }
        }

        // Partial Fisher–Yates: the first `size` slots become a uniform subset of that size.
        for (var i = 0; i < size; i++)
        {
            var j = i + _random.Next(_others.Length - i);
            (_others[i], _others[j]) = (_others[j], _others[i]);
            subset[i] = _others[i];
        }

        return size;
    }

    /// <inheritdoc/>
    public double LogSubsetProbability(int playerCount, int subsetSize) =>
        LogCombinatorics.LogUniformSizeProbability(playerCount, subsetSize);

    /// <inheritdoc/>
    public IEvaluationStrategy CreateStrategy(EvaluationSetup setup) => new PlayerSubsetStrategy(this, setup);
}
