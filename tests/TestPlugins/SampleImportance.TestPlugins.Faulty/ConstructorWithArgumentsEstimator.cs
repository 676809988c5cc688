using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>Has no public parameterless constructor, so the host cannot create it.</summary>
public sealed class ConstructorWithArgumentsEstimator : IEstimator
{
    private readonly string _id;

    public ConstructorWithArgumentsEstimator(string id) => _id = id;

    public EstimatorDescriptor Describe() => new(_id, "Never reached.", EstimatorRequirements.None, ValueUnits.Rows, []);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("never reached");
}
