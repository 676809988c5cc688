using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.KnnShapley;

namespace SampleImportance.Plugins.Estimators.ThresholdKnnShapley;

/// <summary>
/// The <c>threshold-knn-shapley</c> estimator (Wang, Yang &amp; Jia 2024, "Threshold KNN-Shapley: A Linear-Time and
/// Privacy-Friendly Approach to Data Valuation"): exact Shapley values of the threshold-KNN utility, whose neighbours
/// are all training rows within distance τ, in closed form (see <see cref="ThresholdKnnShapleyCalculator"/>), on the
/// same backend ordering as <c>knn-shapley</c>. Model-free; values rows only.
/// </summary>
public sealed class ThresholdKnnShapleyEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "threshold-knn-shapley",
        "Threshold KNN-Shapley (Wang, Yang & Jia 2024): closed-form Shapley values of the KNN utility over the training rows within distance τ.",
        EstimatorRequirements.None,
        ValueUnits.Rows,
        ThresholdKnnShapleyOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = ThresholdKnnShapleyOptions.Binder.Bind(context.Parameters);
        if (!context.Units.IsRows)
        {
            throw new ArgumentException($"threshold-knn-shapley values rows only, not groups of '{context.Units.Name}'.", nameof(context));
        }

        var automatic = options.Threshold <= 0;
        var threshold = automatic
            ? AutomaticThreshold.Of(context.Train, context.Validation, options.AutoNeighbours, context.Compute, cancellationToken)
            : options.Threshold;
        var match = LabelMatch.Create(options.Similarity, options.Bandwidth, context.Train, context.Validation);
        var values = new ThresholdKnnShapleyCalculator(threshold, match).Compute(context.Train, context.Validation, context.Compute, cancellationToken, context.Progress);
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"Exact closed form, τ = {threshold:G6}{(automatic ? $" (automatic: median distance to the {options.AutoNeighbours}-th nearest training row)" : string.Empty)}, {match.Describe()}, averaged over {context.Validation.Count} validation points on backend {context.Compute.Name}.");
        context.Log(note);
        return Task.FromResult(new ImportanceResult(values, notes: [note]));
    }
}
