namespace SampleImportance.Plugins.Estimators.MonteCarlo;

/// <summary>What a permutation Monte Carlo run produced and why it stopped.</summary>
/// <param name="Statistics">Running means and standard errors over the completed permutations.</param>
/// <param name="StopReason">Why sampling ended, for the result's notes.</param>
/// <param name="TruncatedContributions">Contributions set to 0 by truncation instead of being evaluated.</param>
internal sealed record MonteCarloOutcome(ValueStatistics Statistics, string StopReason, long TruncatedContributions);
