using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>A healthy estimator beside broken ones: it must still load.</summary>
public sealed class SurvivorEstimator : IEstimator
{
    public EstimatorDescriptor Describe() => new(
        "test-survivor",
        "Test estimator: zero for every unit.",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(new ImportanceResult(new double[context.Units.Count]));
    }
}
