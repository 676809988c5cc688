using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.WrongContract;

/// <summary>Would be a fine estimator, but its assembly claims contract 99.</summary>
public sealed class WrongContractEstimator : IEstimator
{
    public string Id => "test-wrong-contract";

    public EstimatorDescriptor Describe() => new(Id, "Test estimator from a plugin built against contract 99.", EstimatorRequirements.None, []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(new ImportanceResult(new double[context.Train.Count]));
    }
}
