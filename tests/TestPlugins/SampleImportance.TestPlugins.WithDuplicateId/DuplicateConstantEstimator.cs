using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.WithDuplicateId;

/// <summary>Claims the id of the Valid plugin's estimator; returns -1 everywhere so a wrong winner shows.</summary>
public sealed class DuplicateConstantEstimator : IEstimator
{
    public EstimatorDescriptor Describe() => new(
        "test-constant",
        "Test estimator whose id duplicates the Valid plugin's.",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = new double[context.Units.Count];
        Array.Fill(values, -1.0);
        return Task.FromResult(new ImportanceResult(values));
    }
}
