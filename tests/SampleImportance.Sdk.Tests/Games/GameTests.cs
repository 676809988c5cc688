using SampleImportance.Abstractions;
using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Games;

/// <summary>The oracle and games are checked against textbook values before anything is checked against them.</summary>
public class GameTests
{
    [Fact]
    public void Exact_Shapley_of_the_one_left_two_right_glove_game_is_two_thirds_one_sixth_one_sixth()
    {
        var values = ExactSemivalue.Values(new ShoesGame(1, 2), ShapleySemivalue.Instance);

        Assert.Equal([2.0 / 3, 1.0 / 6, 1.0 / 6], values, new AbsoluteTolerance(1e-12));
    }

    [Fact]
    public void Exact_Shapley_of_symmetric_voting_is_one_over_n_and_efficient()
    {
        var values = ExactSemivalue.Values(new SymmetricVotingGame(5), ShapleySemivalue.Instance);

        Assert.All(values, v => Assert.Equal(0.2, v, 1e-12));
    }

    [Fact]
    public void Exact_Banzhaf_and_Shapley_of_an_additive_game_are_the_weights()
    {
        var game = new AdditiveGame(1, -2, 3.5, 0);

        Assert.Equal(game.Weights, ExactSemivalue.Values(game, ShapleySemivalue.Instance), new AbsoluteTolerance(1e-12));
        Assert.Equal(game.Weights, ExactSemivalue.Values(game, BanzhafSemivalue.Instance), new AbsoluteTolerance(1e-12));
    }
}
