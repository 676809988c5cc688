using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Hanging;

/// <summary>Never finishes on its own: it waits until the host cancels the token.</summary>
public sealed class HangingEstimator : IEstimator
{
    public EstimatorDescriptor Describe() => new(
        "test-hanging",
        "Test estimator: waits until cancelled.",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        []);

    public async Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable: an infinite delay only ends by cancellation");
    }
}
