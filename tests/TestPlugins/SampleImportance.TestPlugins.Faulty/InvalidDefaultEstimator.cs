using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>
/// Describes a parameter whose default breaks its own range (k = 0 with minimum 1). The host fills defaults in before
/// every run, so such a descriptor would fail every cell: it must be refused at load, naming the parameter.
/// </summary>
public sealed class InvalidDefaultEstimator : IEstimator
{
    public EstimatorDescriptor Describe() => new(
        "test-invalid-default",
        "Never reached.",
        EstimatorRequirements.None,
        ValueUnits.Rows,
        [new ParameterDescriptor("k", ParameterKind.Integer, "0", "Neighbours (default 0, below its own minimum).", 1, 100)]);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("never reached");
}
