using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Stopping;

public class ConvergenceRuleTests
{
    [Fact]
    public void StandardErrorConvergence_waits_for_the_minimum_then_compares_the_largest_error_with_the_largest_value()
    {
        var rule = new StandardErrorConvergence(0.05, minimumUpdates: 30);
        double[] values = [2.0, -4.0, 0.1];

        Assert.False(rule.ShouldStop(States.With(29, values, [0.01, 0.01, 0.01]), out _));
        Assert.False(rule.ShouldStop(States.With(30, values, [0.01, 0.21, 0.01]), out _));
        Assert.True(rule.ShouldStop(States.With(30, values, [0.01, 0.2, 0.15]), out var reason));
        Assert.Equal("converged: largest standard error 0.2 ≤ 0.05 × largest |value| 4", reason);
    }

    [Fact]
    public void StandardErrorConvergence_never_stops_on_an_undefined_error_or_with_tolerance_zero()
    {
        Assert.False(new StandardErrorConvergence(0.5, 2).ShouldStop(States.With(10, [1.0, 1.0], [0.0, double.NaN]), out _));
        Assert.False(new StandardErrorConvergence(0, 2).ShouldStop(States.With(10, [1.0, 1.0], [0.0, 0.0]), out _));
    }

    [Fact]
    public void RankStability_stops_once_the_ranking_now_matches_the_one_lag_updates_ago()
    {
        var rule = new RankStability(lag: 2, threshold: 0.99);
        var state = new MonteCarloState(4);

        Assert.False(rule.ShouldStop(state.Next(1, [1, 2, 3, 4]), out _));
        Assert.False(rule.ShouldStop(state.Next(2, [4, 3, 2, 1]), out _));

        // Update 3 against update 1: same ranking, different values.
        Assert.True(rule.ShouldStop(state.Next(3, [10, 20, 30, 40]), out var reason));
        Assert.Equal("ranks are stable: Spearman 1 ≥ 0.99 between the values now and 2 updates ago", reason);
    }

    [Fact]
    public void RankStability_does_not_stop_while_the_ranking_moves_or_is_undefined()
    {
        var rule = new RankStability(lag: 1, threshold: 0.5);
        var state = new MonteCarloState(3);

        Assert.False(rule.ShouldStop(state.Next(1, [0, 0, 0]), out _));
        Assert.False(rule.ShouldStop(state.Next(2, [0, 0, 0]), out _)); // constant: Spearman undefined
        Assert.False(rule.ShouldStop(state.Next(3, [1, 2, 3]), out _));
        Assert.False(rule.ShouldStop(state.Next(4, [3, 2, 1]), out _));

        // Checking the same update again does not shift the history.
        Assert.False(rule.ShouldStop(state, out _));
        Assert.True(rule.ShouldStop(state.Next(5, [30, 20, 10.5]), out _));
    }

    [Fact]
    public void TmcPaperConvergence_needs_a_full_window_then_compares_every_value_in_it_with_now()
    {
        var rule = new TmcPaperConvergence(tolerance: 0.05, window: 4);
        var state = new MonteCarloState(2);

        // Values within 4% of the final ones from update 1 on; window 4 needs updates 1..4.
        Assert.False(rule.ShouldStop(state.Next(1, [1.04, -2.0]), out _));
        Assert.False(rule.ShouldStop(state.Next(2, [1.0, -2.0]), out _));
        Assert.False(rule.ShouldStop(state.Next(3, [1.0, -2.0]), out _));
        Assert.True(rule.ShouldStop(state.Next(4, [1.0, -2.0]), out var reason));
        Assert.StartsWith("converged (TMC paper rule): mean relative change 0.02 < 0.05 over the last 4 updates", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TmcPaperConvergence_keeps_going_while_values_drift_by_more_than_the_tolerance()
    {
        var rule = new TmcPaperConvergence(tolerance: 0.05, window: 3);
        var state = new MonteCarloState(2);
        for (var t = 1; t <= 20; t++)
        {
            // Each update moves both values by 10%.
            Assert.False(rule.ShouldStop(state.Next(t, [Math.Pow(1.1, t), -Math.Pow(1.1, t)]), out _));
        }
    }

    [Fact]
    public void TmcPaperConvergence_defaults_to_the_papers_five_percent_over_one_hundred_updates()
    {
        var rule = new TmcPaperConvergence();
        var state = new MonteCarloState(1);
        for (var t = 1; t < 100; t++)
        {
            Assert.False(rule.ShouldStop(state.Next(t, [1.0]), out _));
        }

        Assert.True(rule.ShouldStop(state.Next(100, [1.0]), out var reason));
        Assert.Contains("< 0.05 over the last 100 updates", reason, StringComparison.Ordinal);
    }
}
