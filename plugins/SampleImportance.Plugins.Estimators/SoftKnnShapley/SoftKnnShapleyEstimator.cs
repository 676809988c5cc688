using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.KnnShapley;

namespace SampleImportance.Plugins.Estimators.SoftKnnShapley;

/// <summary>
/// The <c>soft-knn-shapley</c> estimator: exact Shapley values of the K-nearest-neighbour utility with the indicator
/// 1[yᵢ = y] replaced by a soft label match (graded relevance: 1 − |yᵢ − y| / grade range; or a Gaussian kernel of
/// the label difference). The utility stays additive over the top K, so Jia et al.'s (2019) recursion holds unchanged;
/// it runs on the same backend ordering and the same recursion as <c>knn-shapley</c>, and on 0/1 labels the graded
/// match equals the indicator, so the values equal <c>knn-shapley</c>'s bit for bit. Model-free; values rows only.
/// </summary>
public sealed class SoftKnnShapleyEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "soft-knn-shapley",
        "Soft-label / graded-relevance KNN-Shapley: Jia et al.'s closed form with a soft label match (graded or Gaussian) instead of 1[yᵢ = y].",
        EstimatorRequirements.None,
        ValueUnits.Rows,
        SoftKnnShapleyOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = SoftKnnShapleyOptions.Binder.Bind(context.Parameters);
        if (!context.Units.IsRows)
        {
            throw new ArgumentException($"soft-knn-shapley values rows only, not groups of '{context.Units.Name}'.", nameof(context));
        }

        var match = LabelMatch.Create(options.Similarity, options.Bandwidth, context.Train, context.Validation);
        var values = new KnnShapleyCalculator(options.K, match).Compute(context.Train, context.Validation, context.Compute, cancellationToken, context.Progress);
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"Exact closed form, K = {options.K}, {match.Describe()}, averaged over {context.Validation.Count} validation points on backend {context.Compute.Name}.");
        return Task.FromResult(new ImportanceResult(values, notes: [note]));
    }
}
