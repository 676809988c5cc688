using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.LinearRanker;

/// <summary>
/// The <c>linear-ranker</c> model: a linear scorer trained with the pairwise logistic (RankNet) loss over pairs of rows
/// in the same query group with different (possibly graded) labels, L2-regularised, fitted by Newton's method on the
/// raw features. Predicts one ranking score per row; honours sample weights (a pair weighs the product of its rows'
/// weights) and warm starts; exposes per-row gradients (each pair's gradient shared half and half by its two rows),
/// Hessian–vector products and the Hessian. Data without groups is ranked as one list. Default metric <c>ndcg@10</c>.
/// </summary>
public sealed class LinearRankerModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        "linear-ranker",
        "Linear scorer with the pairwise logistic (RankNet) loss over pairs within each query group, L2-regularised, fitted by Newton's method; sample weights, warm start, gradients.",
        ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights | ModelCapabilities.Gradients,
        PredictionKind.Score,
        "ndcg@10",
        LinearRankerOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new LinearRankerModel(LinearRankerOptions.Binder.Bind(context.Parameters));
    }
}
