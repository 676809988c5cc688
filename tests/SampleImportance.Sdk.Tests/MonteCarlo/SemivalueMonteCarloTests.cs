using SampleImportance.Abstractions;
using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;
using SampleImportance.Sdk.Tests.Games;
using SampleImportance.Sdk.Truncation;

namespace SampleImportance.Sdk.Tests.MonteCarlo;

public class SemivalueMonteCarloTests
{
    [Theory]
    [InlineData("permutation")]
    [InlineData("antithetic")]
    public void Permutation_samplers_recover_the_Shapley_values_of_a_six_player_glove_game(string kind)
    {
        var game = new ShoesGame(2, 4);
        var exact = ExactSemivalue.Values(game, ShapleySemivalue.Instance);
        var sampler = kind == "permutation" ? (ISampler)new PermutationSampler(new Random(42)) : new AntitheticPermutationSampler(new Random(42));

        var result = Run(game, sampler, ShapleySemivalue.Instance, new MaxUpdates(4000));

        Assert.Equal(4000, result.Updates);
        AssertClose(exact, result, absolute: 0.02);
        Assert.Equal("reached the maximum of 4000 updates", result.StopReason);
        Assert.Null(result.Interruption);
    }

    [Fact]
    public void Antithetic_pairs_are_exact_on_an_additive_game_after_every_pair()
    {
        // Additive: every permutation gives each player exactly its weight, so the estimate is exact at once.
        var game = new AdditiveGame(0.5, -1, 2, 3, 0, 1.25);

        var result = Run(game, new AntitheticPermutationSampler(new Random(1)), ShapleySemivalue.Instance, new MaxUpdates(2));

        Assert.Equal(game.Weights, result.Values, new AbsoluteTolerance(1e-12));
        Assert.All(result.StandardErrors, e => Assert.Equal(0, e, 1e-12));
    }

    [Fact]
    public void Without_truncation_permutation_values_are_efficient_and_cost_two_plus_n_minus_one_per_permutation()
    {
        var game = new ShoesGame(3, 3);

        var result = Run(game, new PermutationSampler(new Random(5)), ShapleySemivalue.Instance, new MaxUpdates(7));

        Assert.Equal(3.0, result.Values.Sum(), 1e-12); // U(N) − U(∅)
        Assert.Equal(2 + (7 * 5), result.UtilityEvaluations);
        Assert.Equal(game.Evaluations, result.UtilityEvaluations);
    }

    [Fact]
    public void Voting_game_values_are_one_over_n_with_the_stratified_sampler()
    {
        var game = new SymmetricVotingGame(6);

        var result = Run(game, new StratifiedSampler(new Random(8)), ShapleySemivalue.Instance, new MaxUpdates(3000));

        AssertClose(Enumerable.Repeat(1.0 / 6, 6).ToArray(), result, absolute: 0.03);
    }

    [Fact]
    public void Beta_Shapley_is_importance_weighted_under_stratified_and_permutation_sampling()
    {
        var game = new ShoesGame(2, 4);
        var beta = new BetaShapleySemivalue(16, 1);
        var exact = ExactSemivalue.Values(game, beta);

        var stratified = Run(game, new StratifiedSampler(new Random(3)), beta, new MaxUpdates(3000));
        var permutation = Run(game, new PermutationSampler(new Random(3)), beta, new MaxUpdates(3000));

        AssertClose(exact, stratified, absolute: 0.03);
        AssertClose(exact, permutation, absolute: 0.03);

        // The reweighting is real: the estimates are far from the Shapley values (0.733 for a left glove; Beta(16, 1)
        // gives 0.184, because it looks mostly at small coalitions, where pairs are rare).
        var shapley = ExactSemivalue.Values(game, ShapleySemivalue.Instance);
        Assert.True(Math.Abs(stratified.Values[0] - shapley[0]) > 0.4);
        Assert.Equal(0.18395989974937357, exact[0], 1e-12);
    }

    [Fact]
    public void Maximum_sample_reuse_recovers_Banzhaf_values_of_an_additive_game()
    {
        var game = new AdditiveGame(1, -0.5, 2, 0, 0.25, 3);

        var result = Run(game, new MaximumSampleReuseSampler(new Random(13)), BanzhafSemivalue.Instance, new MaxUpdates(6000));

        Assert.Equal(6000, result.UtilityEvaluations); // one evaluation per update, reused by every player
        AssertClose([.. game.Weights], result, absolute: 0.15);
    }

    [Fact]
    public void Maximum_sample_reuse_recovers_Banzhaf_values_of_a_glove_game()
    {
        var game = new ShoesGame(2, 4);
        var exact = ExactSemivalue.Values(game, BanzhafSemivalue.Instance);

        var result = Run(game, new MaximumSampleReuseSampler(new Random(14)), BanzhafSemivalue.Instance, new MaxUpdates(8000));

        AssertClose(exact, result, absolute: 0.06);
    }

    [Fact]
    public void Subset_samplers_importance_weight_Shapley_values()
    {
        var game = new ShoesGame(2, 4);
        var exact = ExactSemivalue.Values(game, ShapleySemivalue.Instance);

        var reuse = Run(game, new MaximumSampleReuseSampler(new Random(15)), ShapleySemivalue.Instance, new MaxUpdates(20_000));
        var uniform = Run(game, new UniformSubsetSampler(new Random(15)), ShapleySemivalue.Instance, new MaxUpdates(3000));

        AssertClose(exact, reuse, absolute: 0.06);
        AssertClose(exact, uniform, absolute: 0.04);
    }

    [Fact]
    public void Uniform_subsets_give_exact_Banzhaf_values_on_an_additive_game()
    {
        var game = new AdditiveGame(1, -0.5, 2, 0, 0.25, 3);

        var result = Run(game, new UniformSubsetSampler(new Random(2)), BanzhafSemivalue.Instance, new MaxUpdates(3));

        Assert.Equal(game.Weights, result.Values, new AbsoluteTolerance(1e-12));
        Assert.Equal(3 * 2 * 6, result.UtilityEvaluations);
    }

    [Fact]
    public void Same_seed_gives_the_same_values_and_another_seed_different_ones()
    {
        MonteCarloResult RunWith(int seed) =>
            Run(new ShoesGame(2, 4), new PermutationSampler(new Random(seed)), ShapleySemivalue.Instance, new MaxUpdates(25));

        Assert.Equal(RunWith(3).Values, RunWith(3).Values);
        Assert.Equal(RunWith(3).StandardErrors, RunWith(3).StandardErrors);
        Assert.NotEqual(RunWith(3).Values, RunWith(4).Values);
    }

    [Fact]
    public void Relative_truncation_skips_the_evaluations_after_saturation_and_counts_them()
    {
        // U(S) = min(|S|, 2): the first two players of each permutation reach U(N).
        var game = new SaturatingGame(6, 2);

        var result = Run(game, new PermutationSampler(new Random(1)), ShapleySemivalue.Instance, new MaxUpdates(50), new RelativeTruncation(0.01));

        Assert.Equal(50 * 4, result.TruncatedContributions);
        Assert.Equal(2 + (50 * 2), result.UtilityEvaluations);
        Assert.Equal(2.0, result.Values.Sum(), 1e-12);
    }

    [Fact]
    public void Paper_truncation_waits_for_six_consecutive_prefixes_within_tolerance()
    {
        var game = new SaturatingGame(12, 2);

        var result = Run(game, new PermutationSampler(new Random(1)), ShapleySemivalue.Instance, new MaxUpdates(10), new TmcPaperTruncation());

        // Prefixes 2..7 are within tolerance; the walk stops after the 7th evaluation, skipping 5 players.
        Assert.Equal(10 * 5, result.TruncatedContributions);
        Assert.Equal(2 + (10 * 7), result.UtilityEvaluations);
    }

    [Fact]
    public void Stopping_rules_end_the_run_with_their_reason_and_progress_is_reported()
    {
        var progress = new List<double>();
        var result = new SemivalueMonteCarlo
        {
            Sampler = new PermutationSampler(new Random(1)),
            Semivalue = ShapleySemivalue.Instance,
            Stopping = new MaxUpdates(1000) | new StandardErrorConvergence(0.2, minimumUpdates: 10),
            Progress = new Progress(progress),
        }.Run(new ShoesGame(2, 4), CancellationToken.None);

        Assert.InRange(result.Updates, 10, 999);
        Assert.StartsWith("converged: largest standard error", result.StopReason, StringComparison.Ordinal);
        Assert.Equal(result.Updates, progress.Count);
        Assert.Equal(result.Updates / 1000.0, progress[^1], 1e-12);
    }

    [Fact]
    public void A_spent_budget_returns_the_completed_updates_and_drops_the_partial_one()
    {
        // U(N), U(∅), then 5 evaluations per permutation: 3 full permutations and part of a fourth.
        var game = new ShoesGame(2, 4) { Budget = 2 + (3 * 5) + 2 };

        var result = Run(game, new PermutationSampler(new Random(9)), ShapleySemivalue.Instance, new MaxUpdates(100));

        var three = Run(new ShoesGame(2, 4), new PermutationSampler(new Random(9)), ShapleySemivalue.Instance, new MaxUpdates(3));
        Assert.Equal(3, result.Updates);
        Assert.IsType<UtilityBudgetExceededException>(result.Interruption);
        Assert.Equal("the utility evaluation budget was spent mid-update (that update was dropped)", result.StopReason);
        Assert.Equal(three.Values, result.Values);
        Assert.Equal(2 + (3 * 5) + 2, result.UtilityEvaluations);
    }

    [Fact]
    public void A_budget_spent_before_any_update_returns_zeros_and_leaves_the_decision_to_the_caller()
    {
        var game = new ShoesGame(2, 4) { Budget = 1 };

        var result = Run(game, new PermutationSampler(new Random(9)), ShapleySemivalue.Instance, new MaxUpdates(100));

        Assert.Equal(0, result.Updates);
        Assert.IsType<UtilityBudgetExceededException>(result.Interruption);
        Assert.All(result.Values, v => Assert.Equal(0, v));
        Assert.All(result.StandardErrors, e => Assert.True(double.IsNaN(e)));
        Assert.False(result.HasStandardErrors);
    }

    [Fact]
    public void Cancellation_mid_run_returns_the_completed_updates()
    {
        using var cancellation = new CancellationTokenSource();
        var game = new ShoesGame(2, 4);
        game.BeforeEvaluate = done =>
        {
            if (done == 2 + (4 * 5) + 3)
            {
                cancellation.Cancel();
            }
        };

        var result = new SemivalueMonteCarlo
        {
            Sampler = new PermutationSampler(new Random(1)),
            Semivalue = ShapleySemivalue.Instance,
            Stopping = new MaxUpdates(100),
        }.Run(game, cancellation.Token);

        Assert.Equal(4, result.Updates);
        Assert.IsAssignableFrom<OperationCanceledException>(result.Interruption);
        Assert.StartsWith("the run's time budget ran out or the run was stopped", result.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrelated_OperationCanceledException_propagates()
    {
        var game = new ShoesGame(1, 1) { BeforeEvaluate = _ => throw new OperationCanceledException("not ours") };

        Assert.Throws<OperationCanceledException>(() =>
            Run(game, new PermutationSampler(new Random(1)), ShapleySemivalue.Instance, new MaxUpdates(3)));
    }

    [Fact]
    public void No_players_means_no_work()
    {
        var result = Run(new AdditiveGame(), new PermutationSampler(new Random(1)), ShapleySemivalue.Instance, new MaxUpdates(3));

        Assert.Empty(result.Values);
        Assert.Equal(0, result.UtilityEvaluations);
        Assert.Equal("there are no players to value", result.StopReason);
    }

    private static MonteCarloResult Run(Game game, ISampler sampler, ISemivalue semivalue, StoppingRule stopping, ITruncationRule? truncation = null) =>
        new SemivalueMonteCarlo
        {
            Sampler = sampler,
            Semivalue = semivalue,
            Stopping = stopping,
            Truncation = truncation ?? NoTruncation.Instance,
        }.Run(game, CancellationToken.None);

    /// <summary>Every estimate within <paramref name="absolute"/> of the exact value and within 4.5 standard errors.</summary>
    private static void AssertClose(double[] exact, MonteCarloResult result, double absolute)
    {
        Assert.Equal(exact.Length, result.Values.Count);
        for (var i = 0; i < exact.Length; i++)
        {
            var error = Math.Abs(result.Values[i] - exact[i]);
            Assert.True(error <= absolute, $"player {i}: estimate {result.Values[i]:G5}, exact {exact[i]:G5}");
            Assert.True(error <= (4.5 * result.StandardErrors[i]) + 1e-9, $"player {i}: error {error:G3} beyond 4.5 standard errors {result.StandardErrors[i]:G3}");
        }
    }

    /// <summary>Synchronous progress sink (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class Progress(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
