using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.RowScores;

/// <summary>One model of the cell's kind fitted on every training row (with the rows' weights when the data carries them).</summary>
internal static class FullFit
{
    /// <summary>Fits the model and returns it with its predictions for every training row, row-major.</summary>
    public static (IModel Model, double[] Predictions) Fit(EstimationContext context)
    {
        var train = context.Train;
        var rows = new int[train.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = i;
        }

        var model = context.CreateModel();
        model.Fit(train, rows, train.HasWeights ? train.Weights : []);
        var predictions = new double[train.Count * model.Outputs];
        model.Predict(train, predictions);
        return (model, predictions);
    }
}
