namespace SampleImportance.Sdk.Tests.Games;

/// <summary>
/// The glove game: players 0..left−1 own a left glove, the others a right one; U(S) = number of pairs in S. With one
/// left and two right gloves the Shapley values are 2/3, 1/6, 1/6.
/// </summary>
internal sealed class GloveGame(int left, int right) : Game(left + right)
{
    protected override double Value(bool[] members)
    {
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
}
