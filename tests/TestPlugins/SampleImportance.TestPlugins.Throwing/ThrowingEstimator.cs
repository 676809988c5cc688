using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Throwing;

/// <summary>Loads and describes itself fine, then fails when run.</summary>
public sealed class ThrowingEstimator : IEstimator
{
    public EstimatorDescriptor Describe() => new(
        "test-throwing",
        "Test estimator: always throws when run.",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("boom from test-throwing");
}
