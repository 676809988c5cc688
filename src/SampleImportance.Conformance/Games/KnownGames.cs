namespace SampleImportance.Conformance.Games;

/// <summary>
/// The games of Castro, Gómez &amp; Tejada 2009 ("Polynomial calculation of the Shapley value based on sampling") at
/// sizes small enough to enumerate (n ≤ 12): symmetric and asymmetric voting, airport, shoes and minimum spanning tree.
/// Shapley values use the closed form where one is known (the kit's tests check each against enumeration).
/// </summary>
public static class KnownGames
{
    /// <summary>The five Castro games, each with 8 players (shoes: 4 + 4).</summary>
    public static IReadOnlyList<KnownGame> Castro() =>
    [
        Known("symmetric-voting(7)", () => new SymmetricVotingGame(7), g => ((SymmetricVotingGame)g).ShapleyValues()),
        Known("asymmetric-voting(8)", () => new AsymmetricVotingGame(1, 1, 2, 2, 3, 4, 6, 9), ExactValues.Shapley),
        Known("airport(8)", () => new AirportGame(1, 1, 2, 3, 3, 5, 8, 10), g => ((AirportGame)g).ShapleyValues()),
        Known("shoes(4+4)", () => new ShoesGame(4, 4), g => ((ShoesGame)g).ShapleyValues()),
        Known("minimum-spanning-tree(8)", () => new MinimumSpanningTreeGame(8), g => ((MinimumSpanningTreeGame)g).ShapleyValues(), spread: 4),
    ];

    private static KnownGame Known(string name, Func<Game> create, Func<Game, double[]> shapley, double spread = 1) =>
        new(name, create, shapley(create()), ExactValues.Banzhaf(create()), spread);
}
