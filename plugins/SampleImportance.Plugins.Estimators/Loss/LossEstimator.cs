using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.RowScores;

namespace SampleImportance.Plugins.Estimators.Loss;

/// <summary>
/// The <c>loss</c> baseline: fits the model once on every training row (with the rows' weights when the data
/// carries them) and values row i by how far the model's own prediction is from its label: −(1 − score of its
/// label) for class scores (−|yᵢ − pᵢ| for a binary classifier), −|yᵢ − ŷᵢ| for a single score. A group's value is
/// the mean of its rows'. A naive residual heuristic: rows the fitted model disagrees with (often mislabeled ones)
/// get the lowest values, but it ignores how much a row changes the model, and memorising models give every row
/// ~0. Parameterless, so it needs no options class.
/// </summary>
public sealed class LossEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "loss",
        "Baseline: −(1 − score of the label) (or −|label − prediction|) of one model fitted on all training rows; mislabeled rows score low.",
        EstimatorRequirements.FittedModel,
        ValueUnits.Rows | ValueUnits.Groups,
        []);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var train = context.Train;
        var (model, predictions) = FullFit.Fit(context);
        var outputs = model.Outputs;
        var rowValues = new double[train.Count];
        var classScores = context.Model.Predictions == PredictionKind.ClassScores;
        for (var i = 0; i < rowValues.Length; i++)
        {
            var label = train.Labels[i];
            rowValues[i] = classScores
                ? -(1.0 - predictions[(i * outputs) + ClassColumn.Of(label, outputs, i)])
                : -Math.Abs(label - predictions[i * outputs]);
        }

        context.Progress?.Report(1.0);
        var note = classScores
            ? "value = −(1 − score of the label) of one fit on all training rows"
            : "value = −|label − prediction| of one fit on all training rows";
        return Task.FromResult(new ImportanceResult(UnitMeans.Of(context.Units, rowValues), notes: [context.Units.IsRows ? note + "." : note + "; a unit's value is its rows' mean."]));
    }
}
