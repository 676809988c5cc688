using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation;

/// <summary>Scores a fitted model on a table with a metric, oriented higher = better: the one place utilities and tasks read a model's quality.</summary>
public static class ModelScoring
{
    /// <summary>metric(predictions, labels, groups, weights), negated for a lower-is-better metric.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="data">Rows to score.</param>
    /// <param name="metric">The metric.</param>
    public static double Score(IModel model, SampleSet data, IMetric metric)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(metric);
        var outputs = model.Outputs;

        // Rented: utilities score a model per evaluation, and the metric only reads the predictions during the call.
        var pool = System.Buffers.ArrayPool<double>.Shared;
        var rented = pool.Rent(data.Count * outputs);
        try
        {
            var predictions = rented.AsSpan(0, data.Count * outputs);
            model.Predict(data, predictions);
            var value = metric.Compute(new MetricInput(predictions, outputs, data.Labels, data.Groups, data.Weights));
            return metric.Describe().Direction == MetricDirection.LowerIsBetter ? -value : value;
        }
        finally
        {
            pool.Return(rented);
        }
    }
}
