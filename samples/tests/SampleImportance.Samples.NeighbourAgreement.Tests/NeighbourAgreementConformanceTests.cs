using SampleImportance.Conformance;

namespace SampleImportance.Samples.NeighbourAgreement.Tests;

/// <summary>
/// The sample estimator passes the conformance kit, as any plugin author would check theirs: one value per unit (rows
/// and groups), finite, flipped labels scored lower, the same values for the same seed, cancellation honoured, and the
/// utility budget respected. It is a heuristic, not a semivalue, so no Shapley property is declared.
/// </summary>
public class NeighbourAgreementConformanceTests
{
    [Fact]
    public async Task Neighbour_agreement_passes_the_conformance_kit()
    {
        var report = await EstimatorConformance.AssertAsync(() => new NeighbourAgreementEstimator());

        Assert.Contains("orientation", report.Checks);
        Assert.Contains("groups", report.Checks);
    }

    [Fact]
    public async Task Neighbour_agreement_passes_with_the_samples_own_model_as_the_cells_model()
    {
        var setup = new ConformanceSetup { ModelFactory = new NearestCentroidModelFactory() };

        await EstimatorConformance.AssertAsync(() => new NeighbourAgreementEstimator(), setup: setup);
    }
}
