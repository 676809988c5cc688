using SampleImportance.Abstractions;

namespace SampleImportance.Conformance.Tests.Kit;

/// <summary>The kit passes a conforming estimator and names the check each breach fails.</summary>
public class KitTests
{
    private static readonly ConformanceOptions Shapley = new()
    {
        Axioms = ShapleyAxioms.All,
        ExactValues = SemivalueKind.Shapley,
        ExactParameters = new PluginParameters([KeyValuePair.Create("permutations", "10000")]),
    };

    [Fact]
    public async Task A_conforming_Shapley_estimator_passes_every_check()
    {
        var report = await EstimatorConformance.RunAsync(() => new SamplingShapleyEstimator(), Shapley);

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(
            ["length-and-finiteness", "groups", "orientation", "determinism", "cancellation-before", "cancellation-during", "budget", "efficiency", "symmetry", "null-player", "exact-games", "exact-data"],
            report.Checks);
    }

    [Theory]
    [InlineData(Breach.WrongLength, "length-and-finiteness")]
    [InlineData(Breach.NotFinite, "length-and-finiteness")]
    [InlineData(Breach.Inverted, "orientation")]
    [InlineData(Breach.IgnoresSeed, "determinism")]
    [InlineData(Breach.IgnoresCancellation, "cancellation-before")]
    [InlineData(Breach.IgnoresCancellation, "cancellation-during")]
    [InlineData(Breach.WrapsBudget, "budget")]
    public async Task Each_breach_fails_its_check(Breach breach, string check)
    {
        var report = await EstimatorConformance.RunAsync(() => new SamplingShapleyEstimator(breach), new ConformanceOptions());

        Assert.Contains(report.Failures, f => f.Check == check);
    }

    [Fact]
    public async Task A_Shapley_estimator_declared_as_Banzhaf_fails_the_exact_checks()
    {
        var options = new ConformanceOptions { ExactValues = SemivalueKind.Banzhaf, ExactParameters = Shapley.ExactParameters };

        var report = await EstimatorConformance.RunAsync(() => new SamplingShapleyEstimator(), options);

        Assert.Equal(["exact-games", "exact-data"], report.Failures.Select(f => f.Check).Distinct());
    }

    [Fact]
    public async Task Assert_throws_one_plain_exception_listing_every_failure()
    {
        var ex = await Assert.ThrowsAsync<ConformanceException>(() => EstimatorConformance.AssertAsync(() => new SamplingShapleyEstimator(Breach.Inverted)));

        Assert.Contains("sampling-shapley", ex.Message, StringComparison.Ordinal);
        Assert.Contains("orientation: the units with flipped labels (3, 10) should score lower", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.Report!.Passed);
    }

    [Fact]
    public async Task An_estimator_needing_gradients_is_refused_a_model_without_them()
    {
        var report = await EstimatorConformance.RunAsync(() => new NeedsGradients());

        Assert.Equal(["setup"], report.Checks);
        Assert.Contains("gradients", Assert.Single(report.Failures).Message, StringComparison.Ordinal);
    }

    private sealed class NeedsGradients : IEstimator
    {
        public EstimatorDescriptor Describe() => new("needs-gradients", "Test.", EstimatorRequirements.Gradients, ValueUnits.Rows, []);

        public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Never called.");
    }
}
