using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Samples.NeighbourAgreement;

/// <summary>
/// <c>neighbour-agreement</c>: a model-free heuristic. A training row is worth the fraction of its K nearest
/// validation rows that share its label, so a label that disagrees with its neighbourhood (a flipped label, a fake
/// click) scores low. A group (a session, a user) is worth the mean of its rows. Uses the host's compute backend,
/// so it runs on the GPU when one is present.
/// </summary>
public sealed class NeighbourAgreementEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "neighbour-agreement",
        "Fraction of a row's K nearest validation rows that share its label; a group's value is its rows' mean (sample plugin).",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        NeighbourAgreementOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = NeighbourAgreementOptions.Binder.Bind(context.Parameters);
        var rowValues = RowAgreement(context, options.K, cancellationToken);
        var k = Math.Min(options.K, context.Validation.Count);
        var note = string.Create(CultureInfo.InvariantCulture, $"k = {k} validation neighbours per row, valued per {context.Units.Name}.");
        return Task.FromResult(new ImportanceResult(UnitMeans(context.Units, rowValues), notes: [note]));
    }

    private static double[] RowAgreement(EstimationContext context, int k, CancellationToken cancellationToken)
    {
        var train = context.Train;
        var validation = context.Validation;
        var values = new double[train.Count];
        var found = Math.Min(k, validation.Count);
        if (found == 0 || train.Count == 0)
        {
            return values;
        }

        var tile = Math.Clamp(context.Compute.PreferredQueryTile, 1, train.Count);
        var neighbours = new int[tile * found];

        // Queries are the training rows; the searched side of the kernel is the validation set.
        for (var start = 0; start < train.Count; start += tile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(tile, train.Count - start);
            context.Compute.NearestNeighbours(validation, train, start, count, k, neighbours.AsSpan(0, count * found));
            for (var q = 0; q < count; q++)
            {
                var agree = 0;
                foreach (var neighbour in neighbours.AsSpan(q * found, found))
                {
                    agree += validation.Labels[neighbour] == train.Labels[start + q] ? 1 : 0;
                }

                values[start + q] = agree / (double)found;
            }

            context.Progress?.Report((start + count) / (double)train.Count);
        }

        return values;
    }

    // One value per unit: the rows themselves, or the mean over each group's rows.
    private static double[] UnitMeans(UnitPartition units, double[] rowValues)
    {
        if (units.IsRows)
        {
            return rowValues;
        }

        var values = new double[units.Count];
        for (var unit = 0; unit < units.Count; unit++)
        {
            var rows = units.RowsOf(unit);
            var sum = 0.0;
            foreach (var row in rows)
            {
                sum += rowValues[row];
            }

            values[unit] = rows.Length == 0 ? 0 : sum / rows.Length;
        }

        return values;
    }
}
