namespace SampleImportance.Conformance.Games;

/// <summary>A game with its exact values: a fresh instance per use (games count their evaluations).</summary>
/// <param name="Name">Name for failure messages, e.g. <c>airport(8)</c>.</param>
/// <param name="Create">Creates a fresh instance.</param>
/// <param name="Shapley">Exact Shapley values: the closed form where one is known, else enumerated.</param>
/// <param name="Banzhaf">Exact Banzhaf values, enumerated.</param>
/// <param name="Spread">
/// How far one marginal contribution can stray from the player's value, relative to the largest |value|: a per-sample
/// noise scale, so Monte Carlo tolerances grow with it (1 for the 0/1 games; 4 for the minimum spanning tree, whose source edge makes single marginals ±100 around values of 13.5). With 10,000 permutations a Shapley sampler lands within 0.05 × spread × max |exact| (measured: 1–3% on the 0/1 games, 9% on the tree).
/// </param>
public sealed record KnownGame(string Name, Func<Game> Create, IReadOnlyList<double> Shapley, IReadOnlyList<double> Banzhaf, double Spread = 1);
