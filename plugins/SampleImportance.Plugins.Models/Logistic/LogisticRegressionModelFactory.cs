using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>
/// The <c>logistic-regression</c> model: binary (labels 0/1), L2-regularised, fitted by Newton's method with
/// a backtracking line search on the raw features plus an unpenalised intercept. Predicts class scores
/// [P(y = 0), P(y = 1)]; honours sample weights and warm starts; exposes per-sample gradients, Hessian–vector
/// products, the Hessian and its Newton iterates as checkpoints. An empty or single-class subset predicts a
/// smoothed class prior instead of fitting. Default metric <c>accuracy</c>.
/// </summary>
public sealed class LogisticRegressionModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        "logistic-regression",
        "Binary L2-regularised logistic regression (Newton's method, raw features plus intercept), with sample weights, warm start, gradients and Newton-iterate checkpoints.",
        ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights | ModelCapabilities.Gradients | ModelCapabilities.Checkpoints,
        PredictionKind.ClassScores,

        // Not accuracy: removing one row rarely flips a validation prediction, so accuracy is flat and retraining
        // estimators (leave-one-out above all) see ties and noise; the mean log-likelihood moves with every row.
        "log-likelihood",
        LogisticRegressionOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new LogisticRegressionModel(LogisticRegressionOptions.Binder.Bind(context.Parameters));
    }
}
