using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Valid;

/// <summary>
/// Values each unit at the mean label of its rows plus <c>offset</c> (a row unit: its label plus offset), so tests can
/// see data, units and parameters come through.
/// </summary>
public sealed class ConstantEstimator : IEstimator
{
    public EstimatorDescriptor Describe() => new(
        "test-constant",
        "Test estimator: each unit's value is its rows' mean label plus offset.",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        [new ParameterDescriptor("offset", ParameterKind.Number, "0", "Added to every label (default 0).", -1e6, 1e6)]);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var offset = context.Parameters.GetDouble("offset", 0);
        var labels = context.Train.Labels;
        var values = new double[context.Units.Count];
        for (var unit = 0; unit < values.Length; unit++)
        {
            var rows = context.Units.RowsOf(unit);
            var sum = 0.0;
            foreach (var row in rows)
            {
                sum += labels[row];
            }

            values[unit] = (rows.Length == 0 ? 0 : sum / rows.Length) + offset;
        }

        return Task.FromResult(new ImportanceResult(values, notes: ["values are mean labels plus offset"]));
    }
}
