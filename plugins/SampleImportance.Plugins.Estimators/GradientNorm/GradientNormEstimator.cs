using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.GradientScores;
using SampleImportance.Plugins.Estimators.RowScores;

namespace SampleImportance.Plugins.Estimators.GradientNorm;

/// <summary>
/// The <c>gradient-norm</c> estimator: the EL2N and GraNd scores of Paul et al. 2021 ("Deep Learning on a Data Diet").
/// EL2N = ‖p(x) − onehot(y)‖₂ over the class scores (|y − ŷ| for a single-score model); GraNd = ‖∇θ ℓ(x, y; θ)‖₂ from
/// <see cref="IGradientModel.LossGradients"/>. Both come from one model fitted on every training row, at its final
/// parameters: the paper scores early in training and averages over several initialisations, which matters for
/// networks but not for the convex models fitted to convergence here. A high score marks a hard, often mislabeled
/// row, so value = −score (higher = more valuable); a group's value is its rows' mean. No utility is evaluated.
/// </summary>
public sealed class GradientNormEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "gradient-norm",
        "EL2N / GraNd (Paul et al. 2021): −‖p(x) − onehot(y)‖₂ or −‖∇θ ℓ‖₂ of one model fitted on all rows; hard or mislabeled rows score low.",
        EstimatorRequirements.FittedModel,
        ValueUnits.Rows | ValueUnits.Groups,
        GradientNormOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = GradientNormOptions.Binder.Bind(context.Parameters);
        cancellationToken.ThrowIfCancellationRequested();
        var (model, predictions) = FullFit.Fit(context);
        string note;
        double[] rowValues;
        if (options.Score == GradientNormOptions.GrandName)
        {
            var gradients = model as IGradientModel ?? throw new InvalidOperationException(
                $"score=grand needs per-sample gradients, and the model '{context.Model.Id}' has none. Use score=el2n, or a model with gradients (e.g. logistic-regression).");
            rowValues = NegatedGradientNorms(gradients, context.Train);
            note = "value = −‖∇θ ℓ‖₂ (GraNd) of one fit on all training rows";
        }
        else
        {
            rowValues = NegatedErrorNorms(predictions, model.Outputs, context.Train, context.Model.Predictions == PredictionKind.ClassScores);
            note = "value = −‖p(x) − onehot(y)‖₂ (EL2N) of one fit on all training rows";
        }

        context.Progress?.Report(1.0);
        return Task.FromResult(new ImportanceResult(UnitMeans.Of(context.Units, rowValues), notes: [context.Units.IsRows ? note + "." : note + "; a unit's value is its rows' mean."]));
    }

    private static double[] NegatedErrorNorms(double[] predictions, int outputs, SampleSet train, bool classScores)
    {
        var values = new double[train.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var label = train.Labels[i];
            var row = predictions.AsSpan(i * outputs, outputs);
            if (!classScores)
            {
                values[i] = -Math.Abs(label - row[0]);
                continue;
            }

            var column = ClassColumn.Of(label, outputs, i);
            var sum = 0.0;
            for (var c = 0; c < outputs; c++)
            {
                var error = row[c] - (c == column ? 1.0 : 0.0);
                sum += error * error;
            }

            values[i] = -Math.Sqrt(sum);
        }

        return values;
    }

    private static double[] NegatedGradientNorms(IGradientModel model, SampleSet train)
    {
        var p = model.ParameterCount;
        var values = new double[train.Count];

        // Every row in one call: a pairwise model (linear-ranker) shares each pair's loss among the rows passed together,
        // so splitting the rows into blocks would drop the pairs that cross a block boundary.
        var gradients = new double[train.Count * p];
        model.LossGradients(train, FullFit.AllRows(train.Count), gradients);
        for (var i = 0; i < values.Length; i++)
        {
            var sum = 0.0;
            foreach (var g in gradients.AsSpan(i * p, p))
            {
                sum += g * g;
            }

            values[i] = -Math.Sqrt(sum);
        }

        return values;
    }
}
