using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.RowScores;

/// <summary>One model of the cell's kind fitted on every training row (with the rows' weights when the data carries them).</summary>
internal static class FullFit
{
    /// <summary>Fits the model on every training row and returns it.</summary>
    public static IModel Model(EstimationContext context)
    {
        var train = context.Train;
        var model = context.CreateModel();
        model.Fit(train, AllRows(train.Count), train.Weights);
        return model;
    }

    /// <summary>Fits the model and returns it with its predictions for every training row, row-major.</summary>
    public static (IModel Model, double[] Predictions) Fit(EstimationContext context)
    {
        var model = Model(context);
        var predictions = new double[context.Train.Count * model.Outputs];
        model.Predict(context.Train, predictions);
        return (model, predictions);
    }

    /// <summary>0, 1, …, count − 1.</summary>
    public static int[] AllRows(int count)
    {
        var rows = new int[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = i;
        }

        return rows;
    }
}
