using SampleImportance.Conformance.Games;

namespace SampleImportance.Conformance;

/// <summary>The declared Shapley axioms on games, within <see cref="ConformanceOptions.AxiomTolerance"/>.</summary>
internal static class AxiomChecks
{
    public static async Task RunAsync(Harness harness, Recorder recorder)
    {
        var axioms = harness.Options.Axioms;
        var tolerance = harness.Options.AxiomTolerance;
        if (axioms.HasFlag(ShapleyAxioms.Efficiency))
        {
            var game = new AsymmetricVotingGame(1, 1, 2, 2, 3, 4, 6, 9);
            var target = game.Value(Enumerable.Repeat(true, game.PlayerCount).ToArray()) - game.Value(new bool[game.PlayerCount]);
            recorder.Check("efficiency", await OnGameAsync(harness, game, values =>
            {
                var sum = values.Sum();
                return Math.Abs(sum - target) <= tolerance
                    ? []
                    : [FormattableString.Invariant($"on asymmetric-voting(8) the values sum to {sum:G6}, not U(N) − U(∅) = {target:G6} (tolerance {tolerance:G3})")];
            }).ConfigureAwait(false));
        }

        if (axioms.HasFlag(ShapleyAxioms.Symmetry))
        {
            recorder.Check("symmetry", await OnGameAsync(harness, new SymmetricVotingGame(7), values =>
            {
                var spread = values.Max() - values.Min();
                return spread <= tolerance
                    ? []
                    : [FormattableString.Invariant($"on symmetric-voting(7) every player is interchangeable, yet the values span {values.Min():G6}..{values.Max():G6} (tolerance {tolerance:G3})")];
            }).ConfigureAwait(false));
        }

        if (axioms.HasFlag(ShapleyAxioms.NullPlayer))
        {
            var game = new NullPlayerGame(new AsymmetricVotingGame(1, 2, 2, 3, 4, 6, 9));
            recorder.Check("null-player", await OnGameAsync(harness, game, values =>
            {
                var value = values[game.NullPlayer];
                return Math.Abs(value) <= tolerance
                    ? []
                    : [FormattableString.Invariant($"player {game.NullPlayer} changes no coalition's utility, yet its value is {value:G6} (tolerance {tolerance:G3})")];
            }).ConfigureAwait(false));
        }
    }

    /// <summary>Runs the estimator on <paramref name="game"/> and judges its values with <paramref name="judge"/>.</summary>
    public static async Task<IEnumerable<string>> OnGameAsync(Harness harness, Game game, Func<double[], IEnumerable<string>> judge)
    {
        var outcome = await harness.RunAsync(harness.GameContext(game)).ConfigureAwait(false);
        var problems = ContractChecks.Problems(outcome, game.PlayerCount).ToList();
        return problems.Count > 0 ? problems : judge([.. outcome.Result!.Values]);
    }
}
