namespace SampleImportance.Conformance.Games;

/// <summary>
/// <paramref name="inner"/> with one more player, the last, who changes nothing: U(S) = inner(S ∖ {last}). The null
/// player axiom says that player's value is 0; the others keep the inner game's values.
/// </summary>
/// <param name="inner">The game the others play.</param>
public sealed class NullPlayerGame(Game inner) : Game((inner ?? throw new ArgumentNullException(nameof(inner))).PlayerCount + 1)
{
    /// <summary>The null player's index.</summary>
    public int NullPlayer => PlayerCount - 1;

    /// <inheritdoc/>
    public override double Value(bool[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return inner.Value(members[..^1]);
    }
}
