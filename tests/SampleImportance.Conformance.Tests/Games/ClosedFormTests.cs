using SampleImportance.Conformance.Games;

namespace SampleImportance.Conformance.Tests.Games;

/// <summary>Every closed form the kit compares estimators with is itself checked against enumeration first.</summary>
public class ClosedFormTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(10)]
    public void Symmetric_voting_is_one_over_n(int n)
    {
        var game = new SymmetricVotingGame(n);

        Assert.Equal(ExactValues.Shapley(game), game.ShapleyValues(), new AbsoluteTolerance(1e-12));
        Assert.All(game.ShapleyValues(), v => Assert.Equal(1.0 / n, v, 1e-15));
    }

    [Fact]
    public void Airport_matches_the_Littlechild_Owen_formula_in_any_player_order()
    {
        var game = new AirportGame(5, 1, 3, 1, 10, 2, 8, 3, 4);

        Assert.Equal(ExactValues.Shapley(game), game.ShapleyValues(), new AbsoluteTolerance(1e-12));

        // The cheapest runway segment (cost 1) is shared by all 9; the dearest player alone pays the last segment (10 − 8).
        Assert.Equal(1.0 / 9, game.ShapleyValues()[1], 1e-12);
        Assert.Equal(game.ShapleyValues()[6] + 2.0, game.ShapleyValues()[4], 1e-12);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(5, 5)]
    public void Balanced_shoes_are_one_half_each(int left, int right)
    {
        var game = new ShoesGame(left, right);

        Assert.Equal(ExactValues.Shapley(game), game.ShapleyValues(), new AbsoluteTolerance(1e-12));
    }

    [Fact]
    public void Unbalanced_shoes_have_no_closed_form_here_and_enumerate_to_the_textbook_glove_values()
    {
        var game = new ShoesGame(1, 2);

        Assert.Throws<InvalidOperationException>(() => game.ShapleyValues());
        Assert.Equal([2.0 / 3, 1.0 / 6, 1.0 / 6], ExactValues.Shapley(game), new AbsoluteTolerance(1e-12));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(11)]
    public void Minimum_spanning_tree_is_the_grand_cost_over_n(int n)
    {
        var game = new MinimumSpanningTreeGame(n);

        Assert.Equal(ExactValues.Shapley(game), game.ShapleyValues(), new AbsoluteTolerance(1e-9));
        Assert.Equal((101.0 + n - 1) / n, game.ShapleyValues()[0], 1e-12);
    }

    [Fact]
    public void Minimum_spanning_tree_joins_each_arc_of_neighbours_to_the_source_once()
    {
        var game = new MinimumSpanningTreeGame(6);

        // {0, 1} and {3} are two arcs: 2 source edges and 1 neighbour edge. {5, 0} wraps around the cycle: one arc.
        Assert.Equal(203, game.Value([true, true, false, true, false, false]));
        Assert.Equal(102, game.Value([true, false, false, false, false, true]));
        Assert.Equal(0, game.Value(new bool[6]));
    }

    [Fact]
    public void Asymmetric_voting_is_efficient_and_weights_order_the_values()
    {
        var game = new AsymmetricVotingGame(1, 1, 2, 2, 3, 4, 6, 9);
        var values = ExactValues.Shapley(game);

        Assert.Equal(1.0, values.Sum(), 1e-12);
        Assert.Equal(values[0], values[1], 1e-15);
        Assert.True(values.Zip(values.Skip(1)).All(p => p.First <= p.Second + 1e-15), string.Join(", ", values));
    }

    [Fact]
    public void Banzhaf_and_Shapley_of_an_additive_game_are_the_weights()
    {
        var game = new AdditiveGame(1, -2, 3.5, 0);

        Assert.Equal(game.Weights, ExactValues.Shapley(game), new AbsoluteTolerance(1e-12));
        Assert.Equal(game.Weights, ExactValues.Banzhaf(game), new AbsoluteTolerance(1e-12));
    }

    [Fact]
    public void A_null_player_gets_zero_and_leaves_the_others_values()
    {
        var inner = new AsymmetricVotingGame(1, 2, 3, 5);
        var game = new NullPlayerGame(inner);

        var values = ExactValues.Shapley(game);

        Assert.Equal(0, values[game.NullPlayer], 1e-15);
        Assert.Equal(ExactValues.Shapley(new AsymmetricVotingGame(1, 2, 3, 5)), values[..^1], new AbsoluteTolerance(1e-12));
    }

    [Fact]
    public void The_Castro_catalog_carries_the_enumerated_values()
    {
        foreach (var known in KnownGames.Castro())
        {
            Assert.True(known.Create().PlayerCount <= 12, known.Name);
            Assert.Equal(ExactValues.Shapley(known.Create()), known.Shapley, new AbsoluteTolerance(1e-9));
            Assert.Equal(ExactValues.Banzhaf(known.Create()), known.Banzhaf, new AbsoluteTolerance(1e-12));
        }
    }
}
