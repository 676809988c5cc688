using SampleImportance.Abstractions;
using SampleImportance.Conformance.Games;

namespace SampleImportance.Conformance.Tests.Games;

/// <summary>The kit's utilities police evaluations as the host's does: the budget and the token refuse, uncounted.</summary>
public class CountedUtilityTests
{
    [Fact]
    public void A_game_with_a_budget_throws_the_hosts_exception_past_it_and_does_not_count_it()
    {
        var game = new SymmetricVotingGame(3) { Budget = 2 };
        game.Evaluate([0]);
        game.Evaluate([1]);

        Assert.Throws<UtilityBudgetExceededException>(() => game.Evaluate([2]));
        Assert.Equal(2, game.Evaluations);
        Assert.Equal(1, game.Refused);
    }

    [Fact]
    public void A_cancelled_token_refuses_every_call()
    {
        using var source = new CancellationTokenSource();
        var game = new AdditiveGame(1, 2) { CancellationToken = source.Token };
        Assert.Equal(3, game.Evaluate([0, 1]));

        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => game.Evaluate([0]));
        Assert.Equal(1, game.Evaluations);
        Assert.Equal(1, game.Refused);
    }

    [Fact]
    public void Units_outside_the_players_are_refused_uncounted()
    {
        var game = new AdditiveGame(1, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => game.Evaluate([2]));
        Assert.Equal(0, game.Evaluations);
    }
}
