using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>Cannot even be constructed.</summary>
public sealed class ThrowingConstructorEstimator : IEstimator
{
    public ThrowingConstructorEstimator() => throw new InvalidOperationException("boom from a constructor");

    public string Id => "test-faulty-ctor";

    public EstimatorDescriptor Describe() => new(Id, "Never reached.", EstimatorRequirements.None, []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("never reached");
}
