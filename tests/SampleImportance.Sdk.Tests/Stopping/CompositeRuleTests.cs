using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Stopping;

public class CompositeRuleTests
{
    [Fact]
    public void Any_stops_when_one_rule_does_with_the_first_stopping_rules_reason()
    {
        var rule = StoppingRule.Any(new MaxUpdates(10), new MaxUtilityEvaluations(50), new MaxUpdates(5));

        Assert.False(rule.ShouldStop(States.With(4, [1.0], evaluations: 49), out _));
        Assert.True(rule.ShouldStop(States.With(5, [1.0], evaluations: 60), out var reason));
        Assert.Equal("used 60 utility evaluations, reaching the maximum of 50", reason);
    }

    [Fact]
    public void All_stops_only_when_every_rule_does_and_joins_their_reasons()
    {
        var rule = StoppingRule.All(new MaxUpdates(10), new MaxUtilityEvaluations(50));

        Assert.False(rule.ShouldStop(States.With(12, [1.0], evaluations: 49), out var none));
        Assert.Equal(string.Empty, none);
        Assert.False(rule.ShouldStop(States.With(9, [1.0], evaluations: 60), out _));
        Assert.True(rule.ShouldStop(States.With(10, [1.0], evaluations: 50), out var reason));
        Assert.Equal("reached the maximum of 10 updates and used 50 utility evaluations, reaching the maximum of 50", reason);
    }

    [Fact]
    public void Operators_compose_like_Any_and_All()
    {
        var either = new MaxUpdates(3) | new MaxUpdates(5);
        var both = new MaxUpdates(3) & new MaxUpdates(5);
        var nested = (new MaxUpdates(3) & new MaxUpdates(5)) | new MaxUtilityEvaluations(7);

        Assert.True(either.ShouldStop(States.With(3, [0.0]), out _));
        Assert.False(both.ShouldStop(States.With(3, [0.0]), out _));
        Assert.True(both.ShouldStop(States.With(5, [0.0]), out _));
        Assert.True(nested.ShouldStop(States.With(1, [0.0], evaluations: 7), out _));
        Assert.False(nested.ShouldStop(States.With(4, [0.0], evaluations: 6), out _));
    }

    [Fact]
    public void Composites_check_every_member_so_history_rules_see_every_update()
    {
        var counting = new CountingRule();
        var rule = new MaxUpdates(1) | counting;
        var state = new MonteCarloState(1);

        rule.ShouldStop(state.Next(1, [0.0]), out _);
        rule.ShouldStop(state.Next(2, [0.0]), out _);

        Assert.Equal(2, counting.Checks);
    }

    [Fact]
    public void Completion_is_the_largest_for_Any_and_the_smallest_for_All()
    {
        var state = States.With(2, [0.0], evaluations: 30);

        Assert.Equal(0.3, (new MaxUpdates(10) | new MaxUtilityEvaluations(100)).Completion(state), 1e-12);
        Assert.Equal(0.2, (new MaxUpdates(10) & new MaxUtilityEvaluations(100)).Completion(state), 1e-12);
    }

    [Fact]
    public void Composites_need_at_least_one_rule()
    {
        Assert.Throws<ArgumentException>(() => StoppingRule.Any());
        Assert.Throws<ArgumentException>(() => StoppingRule.All(new MaxUpdates(1), null!));
    }

    private sealed class CountingRule : StoppingRule
    {
        public int Checks { get; private set; }

        public override bool ShouldStop(MonteCarloState state, out string reason)
        {
            Checks++;
            reason = string.Empty;
            return false;
        }
    }
}
