using SampleImportance.Abstractions;

namespace SampleImportance.Samples.NeighbourAgreement;

/// <summary>
/// <c>neighbour-agreement</c>: a model-free heuristic. A training row is worth the fraction of its K nearest
/// validation rows that share its label, so a label that disagrees with its neighbourhood (a flipped label, a fake
/// click) scores low. Uses the host's compute backend, so it runs on the GPU when one is present.
/// </summary>
public sealed class NeighbourAgreementEstimator : IEstimator
{
    public string Id => "neighbour-agreement";

    public EstimatorDescriptor Describe() => new(
        Id,
        "Fraction of a row's K nearest validation rows that share its label (sample plugin).",
        EstimatorRequirements.None,
        NeighbourAgreementOptions.Descriptors);

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = NeighbourAgreementOptions.From(context.Parameters);
        var train = context.Train;
        var validation = context.Validation;
        var k = Math.Min(options.K, validation.Count);
        var values = new double[train.Count];
        var tile = Math.Max(1, context.Compute.PreferredQueryTile);
        var order = new int[tile * validation.Count];

        // Queries are the training rows; the "training" side of the kernel is the validation set.
        for (var start = 0; start < train.Count; start += tile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(tile, train.Count - start);
            context.Compute.SortByDistance(validation, train, start, count, order.AsSpan(0, count * validation.Count));
            for (var q = 0; q < count; q++)
            {
                var agree = 0;
                for (var j = 0; j < k; j++)
                {
                    if (validation.Labels[order[(q * validation.Count) + j]] == train.Labels[start + q])
                    {
                        agree++;
                    }
                }

                values[start + q] = k == 0 ? 0 : agree / (double)k;
            }

            context.Progress?.Report((start + count) / (double)train.Count);
        }

        return Task.FromResult(new ImportanceResult(values, notes: [$"k = {k} validation neighbours per row"]));
    }
}
