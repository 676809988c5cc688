using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Faulty;

/// <summary>
/// Declares the parameter k twice. A suite's k=… could mean either, and the host fills defaults by name, so the
/// descriptor is ambiguous: it must be refused at load, naming the parameter.
/// </summary>
public sealed class RepeatedParameterEstimator : IEstimator
{
    public EstimatorDescriptor Describe() => new(
        "test-repeated-parameter",
        "Never reached.",
        EstimatorRequirements.None,
        ValueUnits.Rows,
        [
            new ParameterDescriptor("k", ParameterKind.Integer, "5", "Neighbours (default 5).", 1, 100),
            new ParameterDescriptor("k", ParameterKind.Number, "0.5", "A second k (default 0.5).", 0, 1),
        ]);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("never reached");
}
