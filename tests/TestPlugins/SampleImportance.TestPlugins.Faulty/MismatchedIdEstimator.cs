using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>Its Id and its descriptor's Id disagree.</summary>
public sealed class MismatchedIdEstimator : IEstimator
{
    public string Id => "test-mismatch-a";

    public EstimatorDescriptor Describe() => new("test-mismatch-b", "Never reached.", EstimatorRequirements.None, []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("never reached");
}
