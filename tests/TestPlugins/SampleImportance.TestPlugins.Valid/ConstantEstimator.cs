using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Valid;

/// <summary>Values each row at its label plus <c>offset</c>, so tests can see data and parameters come through.</summary>
public sealed class ConstantEstimator : IEstimator
{
    public string Id => "test-constant";

    public EstimatorDescriptor Describe() => new(
        Id,
        "Test estimator: each row's value is its label plus offset.",
        EstimatorRequirements.None,
        [new ParameterDescriptor("offset", ParameterKind.Number, "0", "Added to every label (default 0).", -1e6, 1e6)]);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var offset = context.Parameters.GetDouble("offset", 0);
        var labels = context.Train.Labels;
        var values = new double[labels.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = labels[i] + offset;
        }

        return Task.FromResult(new ImportanceResult(values, notes: ["values are labels plus offset"]));
    }
}
