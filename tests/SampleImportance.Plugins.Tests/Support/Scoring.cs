using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Metrics;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Scores a model with the host's built-in metrics, the way the host's utility does.</summary>
internal static class Scoring
{
    private static readonly MetricCatalog Catalog = MetricCatalog.CreateDefault();

    /// <summary>A built-in metric by name (<c>accuracy</c>, <c>label-likelihood</c>, <c>ndcg@10</c>, ...).</summary>
    public static IMetric Metric(string name) =>
        Catalog.TryCreate(name, out var metric, out var problem) ? metric : throw new ArgumentException(problem, nameof(name));

    /// <summary>The model's outputs for every row of <paramref name="data"/>, row-major.</summary>
    public static double[] Predict(IModel model, SampleSet data)
    {
        var predictions = new double[data.Count * model.Outputs];
        model.Predict(data, predictions);
        return predictions;
    }

    /// <summary>The raw metric value (not oriented) of the model's predictions on <paramref name="data"/>.</summary>
    public static double Score(IModel model, SampleSet data, IMetric metric) =>
        metric.Compute(new MetricInput(Predict(model, data), model.Outputs, data.Labels, data.Groups, data.Weights));

    /// <inheritdoc cref="Score(IModel, SampleSet, IMetric)"/>
    public static double Score(IModel model, SampleSet data, string metric) => Score(model, data, Metric(metric));
}
