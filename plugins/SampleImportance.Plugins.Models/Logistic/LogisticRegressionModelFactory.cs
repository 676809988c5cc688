using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>
/// The <c>logistic-regression</c> model: binary (labels 0/1), L2-regularised, fitted by Newton's method with
/// a backtracking line search on the raw features plus an unpenalised intercept. Honours sample weights and
/// warm starts. An empty or single-class subset predicts a smoothed class prior instead of fitting.
/// Metrics: <c>accuracy</c> (default), <c>log-likelihood</c>, <c>auc</c>.
/// </summary>
public sealed class LogisticRegressionModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public string Id => "logistic-regression";

    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        Id,
        "Binary L2-regularised logistic regression (Newton's method, raw features plus intercept), with sample weights and warm start.",
        ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights,
        LogisticRegressionOptions.Metrics,
        LogisticRegressionOptions.Parameters);

    /// <inheritdoc/>
    public IModel Create(PluginParameters parameters) => new LogisticRegressionModel(LogisticRegressionOptions.From(parameters));
}
