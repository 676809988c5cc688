using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.LabelOnly;

/// <summary>
/// The <c>label-only</c> shortcut baseline: a unit's value is minus the mean label of its rows, so every click (or
/// positive) looks suspicious and nothing else is read. A detection task that this baseline beats chance on measures
/// the label, not the noise: among a corruption's candidates, within each observed label, it must score 0.5 AUROC.
/// Ties are exact (no jitter), so the result never depends on row order or seed.
/// </summary>
public sealed class LabelOnlyEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "label-only",
        "Shortcut baseline: minus the mean label of each unit (reads nothing but the label); a fair detection task scores it at chance.",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        []);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
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

            values[unit] = rows.Length == 0 ? 0 : -sum / rows.Length;
        }

        context.Progress?.Report(1.0);
        return Task.FromResult(new ImportanceResult(values, notes: ["Minus the mean label of each unit."]));
    }
}
