using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.WrongContract;

/// <summary>Would be a fine estimator, but its assembly claims contract 99.</summary>
public sealed class WrongContractEstimator : IEstimator
{
    public EstimatorDescriptor Describe() => new(
        "test-wrong-contract",
        "Test estimator from a plugin built against contract 99.",
        EstimatorRequirements.None,
        ValueUnits.Rows,
        []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(new ImportanceResult(new double[context.Units.Count]));
    }
}
