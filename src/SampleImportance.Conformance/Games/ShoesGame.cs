namespace SampleImportance.Conformance.Games;

/// <summary>
/// The shoes (glove) game (Castro et al. 2009, §4.4): players 0..left−1 own a left shoe, the rest a right one, and
/// U(S) = the number of pairs in S. Balanced (left = right), each player's Shapley value is 1/2; otherwise exact values
/// come from <see cref="ExactValues"/> (one left and two right shoes: 2/3, 1/6, 1/6).
/// </summary>
/// <param name="left">Players with a left shoe.</param>
/// <param name="right">Players with a right shoe.</param>
public sealed class ShoesGame(int left, int right) : Game(left + right)
{
    /// <inheritdoc/>
    public override double Value(bool[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        int l = 0, r = 0;
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i])
            {
                if (i < left)
                {
                    l++;
                }
                else
                {
                    r++;
                }
            }
        }

        return Math.Min(l, r);
    }

    /// <summary>The closed-form Shapley values of a balanced game: 1/2 each.</summary>
    /// <exception cref="InvalidOperationException">The game is not balanced; use <see cref="ExactValues"/>.</exception>
    public double[] ShapleyValues() => left == right
        ? Enumerable.Repeat(0.5, PlayerCount).ToArray()
        : throw new InvalidOperationException("Only the balanced shoes game has a closed form here; enumerate with ExactValues.");
}
