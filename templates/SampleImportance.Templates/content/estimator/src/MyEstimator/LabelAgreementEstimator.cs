using SampleImportance.Abstractions;

namespace MyEstimator;

/// <summary>
/// <c>my-estimator</c>: a training row is worth the share of its nearest validation rows that carry its label, so a
/// row whose label disagrees with its neighbourhood (a flipped label, a fake click) scores low. Replace the body of
/// <see cref="RowValues"/> with your method; keep one finite value per unit, higher = more valuable.
/// </summary>
public sealed class LabelAgreementEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "my-estimator",
        "Share of a row's nearest validation rows that carry its label; a group's value is its rows' mean.",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        LabelAgreementOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = LabelAgreementOptions.Binder.Bind(context.Parameters);
        var rows = RowValues(context, options.Neighbours, cancellationToken);
        return Task.FromResult(new ImportanceResult(PerUnit(context.Units, rows)));
    }

    private static double[] RowValues(EstimationContext context, int neighbours, CancellationToken cancellationToken)
    {
        var train = context.Train;
        var validation = context.Validation;
        var values = new double[train.Count];
        var k = Math.Min(neighbours, validation.Count);
        if (k == 0)
        {
            return values;
        }

        // One training row per kernel call keeps the template short; batch queries for speed on large data.
        var nearest = new int[k];
        for (var row = 0; row < train.Count; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.Compute.NearestNeighbours(validation, train, row, 1, k, nearest);
            values[row] = nearest.Count(v => validation.Labels[v] == train.Labels[row]) / (double)k;
        }

        return values;
    }

    // Rows are valued directly; a group (a session, a user) is worth the mean of its rows.
    private static double[] PerUnit(UnitPartition units, double[] rows) =>
        units.IsRows
            ? rows
            : Enumerable.Range(0, units.Count).Select(unit => units.RowsOf(unit) is { Length: > 0 } members ? members.ToArray().Average(r => rows[r]) : 0).ToArray();
}
