using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>Cannot even be constructed.</summary>
public sealed class ThrowingConstructorEstimator : IEstimator
{
    public ThrowingConstructorEstimator() => throw new InvalidOperationException("boom from a constructor");

    public EstimatorDescriptor Describe() => new("test-faulty-ctor", "Never reached.", EstimatorRequirements.None, ValueUnits.Rows, []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("never reached");
}
