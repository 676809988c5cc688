using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Games;

/// <summary>
/// A cooperative game over n players as a host-like <see cref="IUtility"/> (counted, with an optional budget and
/// cancellation): U(S) is <see cref="Value"/> of S's membership vector. No model behind it, so estimators that value
/// through <see cref="EstimationContext.Utility"/> can be checked against exact values in microseconds per evaluation.
/// </summary>
public abstract class Game : CountedUtility
{
    /// <summary>The metric every game reports: higher is better, a plain score.</summary>
    public static MetricDescriptor GameMetric { get; } = new("game", "A cooperative test game.", MetricDirection.HigherIsBetter, false, PredictionKind.Score);

    /// <summary>Creates a game with <paramref name="playerCount"/> players.</summary>
    /// <param name="playerCount">Number of players.</param>
    protected Game(int playerCount)
        : base(playerCount, GameMetric)
    {
    }

    /// <summary>U(S) for the membership vector of S (one flag per player).</summary>
    /// <param name="members">True for the players in S.</param>
    public abstract double Value(bool[] members);

    /// <inheritdoc/>
    protected sealed override double Compute(ReadOnlySpan<int> units)
    {
        var members = new bool[PlayerCount];
        foreach (var unit in units)
        {
            members[unit] = true;
        }

        return Value(members);
    }

    /// <summary>Number of players in S.</summary>
    /// <param name="members">Membership vector.</param>
    protected static int CountMembers(bool[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var count = 0;
        foreach (var member in members)
        {
            count += member ? 1 : 0;
        }

        return count;
    }
}
