using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Softmax;

/// <summary>
/// The <c>softmax-regression</c> model: multinomial logistic regression over the training table's C classes (labels
/// 0..C−1, C ≥ 2), L2-regularised like <c>logistic-regression</c>, fitted by Newton's method with a backtracking line
/// search until the largest gradient component is at most tolerance × total weight. Predicts C class probabilities;
/// honours sample weights and warm starts; exposes per-sample gradients (p = C·(d + 1)), Hessian–vector products and the
/// Hessian. Default metric <c>log-likelihood</c>.
/// </summary>
public sealed class SoftmaxRegressionModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        SoftmaxProblem.ModelName,
        "Multiclass L2-regularised multinomial logistic regression (Newton's method, raw features plus intercepts), with sample weights, warm start and gradients.",
        ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights | ModelCapabilities.Gradients,
        PredictionKind.ClassScores,

        // As logistic-regression: the mean log-likelihood moves with every row, accuracy rarely does.
        "log-likelihood",
        SoftmaxRegressionOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SoftmaxRegressionModel(SoftmaxRegressionOptions.Binder.Bind(context.Parameters));
    }
}
