using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>A healthy estimator beside broken ones: it must still load.</summary>
public sealed class SurvivorEstimator : IEstimator
{
    public string Id => "test-survivor";

    public EstimatorDescriptor Describe() => new(Id, "Test estimator: zero for every row.", EstimatorRequirements.None, []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(new ImportanceResult(new double[context.Train.Count]));
    }
}
