using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;
using SampleImportance.Sdk.Tests.Games;

namespace SampleImportance.Sdk.Tests.Stopping;

public class BudgetRuleTests
{
    [Fact]
    public void MaxUpdates_stops_at_the_maximum_and_says_so_in_its_unit()
    {
        var rule = new MaxUpdates(3, "permutations");

        Assert.False(rule.ShouldStop(States.With(2, [1.0]), out var none));
        Assert.Equal(string.Empty, none);
        Assert.True(rule.ShouldStop(States.With(3, [1.0]), out var reason));
        Assert.Equal("reached the maximum of 3 permutations", reason);
        Assert.Equal(2.0 / 3, rule.Completion(States.With(2, [1.0])), 1e-12);
    }

    [Fact]
    public void MaxUtilityEvaluations_stops_once_the_run_has_used_them()
    {
        var rule = new MaxUtilityEvaluations(100);

        Assert.False(rule.ShouldStop(States.With(4, [1.0], evaluations: 99), out _));
        Assert.True(rule.ShouldStop(States.With(5, [1.0], evaluations: 104), out var reason));
        Assert.Equal("used 104 utility evaluations, reaching the maximum of 100", reason);
        Assert.Equal(0.5, rule.Completion(States.With(1, [1.0], evaluations: 50)), 1e-12);
    }

    [Fact]
    public void WallTimeLimit_measures_from_its_first_check_with_the_given_clock()
    {
        var clock = new ManualTimeProvider();
        clock.Advance(TimeSpan.FromHours(1));
        var rule = new WallTimeLimit(TimeSpan.FromSeconds(10), clock);
        var state = States.With(0, [0.0]);

        Assert.False(rule.ShouldStop(state, out _));
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(rule.ShouldStop(state, out _));
        Assert.Equal(0.5, rule.Completion(state), 1e-12);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(rule.ShouldStop(state, out var reason));
        Assert.Equal("ran for 10 s, reaching the limit of 10 s", reason);
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaxUpdates(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaxUtilityEvaluations(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WallTimeLimit(TimeSpan.Zero));
    }
}
