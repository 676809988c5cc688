using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>
/// The <c>knn-shapley</c> estimator: exact Shapley values of the K-nearest-neighbour utility in closed form
/// (Jia et al. 2019), O(N log N) per validation point on the run's compute backend. Model-free: it uses features
/// and labels only, and equals brute-force Shapley enumeration of the <c>knn</c> model's <c>label-likelihood</c>
/// utility with the same K. Values rows only: the closed form does not hold for groups of rows.
/// </summary>
public sealed class KnnShapleyEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "knn-shapley",
        "Exact KNN-Shapley (Jia et al. 2019): closed-form Shapley values of the K-nearest-neighbour utility, averaged over validation points.",
        EstimatorRequirements.None,
        ValueUnits.Rows,
        KnnShapleyOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = KnnShapleyOptions.Binder.Bind(context.Parameters);
        if (!context.Units.IsRows)
        {
            throw new ArgumentException($"knn-shapley values rows only, not groups of '{context.Units.Name}'.", nameof(context));
        }

        // A backend that runs the whole computation itself returns n values instead of every query's full ordering.
        var kernel = context.Compute as IKnnShapleyKernel;
        var onDevice = kernel is not null;
        var values = kernel is not null
            ? KnnShapleyOnDevice.Compute(kernel, context.Compute.PreferredQueryTile, context.Train, context.Validation, options.K, cancellationToken, context.Progress)
            : new KnnShapleyCalculator(options.K, LabelMatch.Exact).Compute(context.Train, context.Validation, context.Compute, cancellationToken, context.Progress);
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"Exact closed form, K = {options.K}, averaged over {context.Validation.Count} validation points on backend {context.Compute.Name}{(onDevice ? " (computed on the device)" : string.Empty)}.");
        return Task.FromResult(new ImportanceResult(values, notes: [note]));
    }
}
