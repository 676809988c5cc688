using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Throwing;

/// <summary>Loads and describes itself fine, then fails when run.</summary>
public sealed class ThrowingEstimator : IEstimator
{
    public string Id => "test-throwing";

    public EstimatorDescriptor Describe() => new(Id, "Test estimator: always throws when run.", EstimatorRequirements.None, []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("boom from test-throwing");
}
