using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.Loss;

/// <summary>
/// The <c>loss</c> baseline: fits the model once on every training row (with the rows' weights when the data
/// carries them) and values row i as −|yᵢ − pᵢ|, where pᵢ is the model's own prediction for that row. A naive
/// residual heuristic: rows the fitted model disagrees with (often mislabeled ones) get the lowest values,
/// but it ignores how much a row changes the model, and memorising models give every row ~0. Parameterless,
/// so it needs no options class.
/// </summary>
public sealed class LossEstimator : IEstimator
{
    /// <inheritdoc/>
    public string Id => "loss";

    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        Id,
        "Baseline: −|label − prediction| of one model fitted on all training rows; mislabeled rows score low.",
        EstimatorRequirements.FittedModel,
        []);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var train = context.Train;
        var rows = new int[train.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = i;
        }

        var model = context.CreateModel();
        model.Fit(train, rows, train.HasWeights ? train.Weights : []);
        var predictions = new double[train.Count];
        model.Predict(train, predictions);
        var values = new double[train.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = -Math.Abs(train.Labels[i] - predictions[i]);
        }

        context.Progress?.Report(1.0);
        return Task.FromResult(new ImportanceResult(values, null, context.Utility.Evaluations, ["value = −|label − prediction| of one fit on all training rows."]));
    }
}
