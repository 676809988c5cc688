using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.LinearRegression;

/// <summary>
/// The <c>linear-regression</c> model: ridge regression on the raw features plus an unpenalised intercept, fitted in
/// closed form from the normal equations (Cholesky). Predicts one score per row; honours sample weights and (trivially)
/// warm starts; exposes per-sample gradients of ½(y − θᵀx)², Hessian–vector products and the exact Hessian. Labels are
/// any finite numbers (0/1 labels fit a linear probability model). Default metric <c>mse</c>.
/// </summary>
public sealed class LinearRegressionModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        "linear-regression",
        "Ridge regression (closed form via the normal equations, raw features plus unpenalised intercept), with sample weights, warm start, gradients and the exact Hessian.",
        ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights | ModelCapabilities.Gradients,
        PredictionKind.Score,
        "mse",
        LinearRegressionOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new LinearRegressionModel(LinearRegressionOptions.Binder.Bind(context.Parameters));
    }
}
