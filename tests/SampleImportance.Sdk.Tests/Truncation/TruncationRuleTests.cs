using SampleImportance.Sdk.Truncation;

namespace SampleImportance.Sdk.Tests.Truncation;

public class TruncationRuleTests
{
    [Fact]
    public void No_truncation_never_truncates()
    {
        var rule = NoTruncation.Instance;
        rule.Reset(10);

        Assert.False(rule.IsEnabled);
        Assert.False(rule.ShouldTruncate(10));
    }

    [Fact]
    public void Relative_truncates_at_the_first_prefix_within_tolerance_of_the_total()
    {
        var rule = new RelativeTruncation(0.1);
        rule.Reset(10);

        Assert.False(rule.ShouldTruncate(8.9));
        Assert.True(rule.ShouldTruncate(9.0));
        Assert.True(rule.ShouldTruncate(11.0));
    }

    [Fact]
    public void Relative_uses_the_magnitude_of_a_negative_total()
    {
        var rule = new RelativeTruncation(0.1);
        rule.Reset(-10);

        Assert.True(rule.ShouldTruncate(-9.5));
        Assert.False(rule.ShouldTruncate(-8));
    }

    [Fact]
    public void Relative_with_tolerance_zero_is_disabled_even_at_equality()
    {
        var rule = new RelativeTruncation(0);
        rule.Reset(3);

        Assert.False(rule.IsEnabled);
        Assert.False(rule.ShouldTruncate(3));
    }

    [Fact]
    public void Paper_rule_truncates_only_after_more_than_five_consecutive_prefixes_within_tolerance()
    {
        var rule = new TmcPaperTruncation();
        rule.Reset(1.0);

        // Five in tolerance (0.01), then one out resets the streak.
        Assert.All(Enumerable.Range(0, 5), _ => Assert.False(rule.ShouldTruncate(0.995)));
        Assert.False(rule.ShouldTruncate(0.9));
        Assert.All(Enumerable.Range(0, 5), _ => Assert.False(rule.ShouldTruncate(1.004)));
        Assert.True(rule.ShouldTruncate(1.0));
    }

    [Fact]
    public void Paper_rule_restarts_its_count_with_each_permutation()
    {
        var rule = new TmcPaperTruncation(tolerance: 0.01, patience: 1);
        rule.Reset(1.0);
        Assert.False(rule.ShouldTruncate(1.0));

        rule.Reset(1.0);

        Assert.False(rule.ShouldTruncate(1.0));
        Assert.True(rule.ShouldTruncate(1.0));
    }

    [Fact]
    public void Tolerances_must_be_finite_and_not_negative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RelativeTruncation(-0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TmcPaperTruncation(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TmcPaperTruncation(0.01, -1));
    }
}
