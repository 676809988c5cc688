using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.MatrixFactorization;

/// <summary>
/// The <c>matrix-factorization</c> model: Bayesian personalised ranking (BPR-MF, Rendle et al. 2009) on implicit
/// feedback. Reads the <c>user</c> and <c>item</c> id columns (not the features); rows labelled above 0 are
/// interactions. Fits user factors, item factors and item biases by SGD on (user, interacted item, sampled item)
/// triples, the sampled item drawn uniformly among the table's items the user has not interacted with, all from a
/// <see cref="Random"/> seeded with the model's seed. Predicts [1 − σ(x), σ(x)] with x = bᵢ + pᵤ·qᵢ: unseen users score
/// by item bias alone, unseen items 0. Sample weights are ignored. Default metric <c>ndcg@10</c> over the data's groups (users).
/// </summary>
public sealed class MatrixFactorizationModelFactory : IModelFactory
{
    /// <inheritdoc/>
    public ModelDescriptor Describe() => new(
        "matrix-factorization",
        "BPR matrix factorisation (Rendle et al. 2009) on the 'user' and 'item' id columns: SGD on (user, interacted, sampled) triples; class scores [1 − σ(x), σ(x)] of x = item bias + user · item factors.",
        ModelCapabilities.None,
        PredictionKind.ClassScores,

        // A ranking metric, ranked within each user (the group): what BPR optimises (AUC per user) and what a
        // recommender is judged on; it moves when one user's interactions change.
        "ndcg@10",
        MatrixFactorizationOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new MatrixFactorizationModel(MatrixFactorizationOptions.Binder.Bind(context.Parameters), context.Seed);
    }
}
