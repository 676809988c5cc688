using MyEstimator;
using SampleImportance.Conformance;

namespace MyEstimator.Tests;

/// <summary>
/// The conformance kit checks one finite value per unit (rows and groups), that flipped labels score lower, the same
/// values for the same seed, cancellation and the utility budget. Declare Shapley properties in its options if your
/// estimator is a semivalue.
/// </summary>
public class ConformanceTests
{
    [Fact]
    public async Task Passes_the_conformance_kit()
    {
        var report = await EstimatorConformance.AssertAsync(() => new LabelAgreementEstimator());

        Assert.Contains("orientation", report.Checks);
    }
}
