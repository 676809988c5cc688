using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Mlp;

/// <summary>
/// The <c>mlp</c> model: one hidden tanh layer and a softmax head over the training table's classes (binary or
/// multiclass), trained by mini-batch SGD with a constant learning rate, Glorot-uniform initial weights and per-pass
/// shuffles all drawn from a <see cref="Random"/> seeded with the model's seed (same seed, same numbers). Tanh rather than
/// ReLU: the loss is then smooth in θ, so Hessians and finite-difference checks are well defined. Predicts class
/// probabilities; honours sample weights (and a warm start when called directly, without declaring it); exposes exact per-sample gradients (backpropagation), exact
/// Hessian–vector products (R-operator) and frozen checkpoints at evenly spaced epochs. Default metric <c>log-likelihood</c>.
/// </summary>
public sealed class MlpModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        MlpModel.ModelName,
        "One-hidden-layer tanh network with a softmax head, seeded mini-batch SGD, with sample weights, exact gradients and R-operator Hessian–vector products, and checkpoints at evenly spaced epochs.",

        // Not WarmStart, although Fit accepts a start: SGD for a fixed number of epochs ends where its start leads, so a
        // warm fit is a different model from a cold one, and estimators that start fits from a superset (leave-one-out,
        // banzhaf-msr, data-oob) would leak the rows they hold out into the model they score without them.
        ModelCapabilities.SampleWeights | ModelCapabilities.Gradients | ModelCapabilities.Checkpoints,
        PredictionKind.ClassScores,

        // As logistic-regression: the mean log-likelihood moves with every row, accuracy rarely does.
        "log-likelihood",
        MlpOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new MlpModel(MlpOptions.Binder.Bind(context.Parameters), context.Seed);
    }
}
