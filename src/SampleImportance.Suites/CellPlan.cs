namespace SampleImportance.Suites;

/// <summary>One unit of work: a dataset, model, estimator, data seed and estimator seed.</summary>
/// <param name="Dataset">What to load, split and corrupt.</param>
/// <param name="Model">The model the utility trains.</param>
/// <param name="Estimator">The estimator to run.</param>
/// <param name="Seed">The data seed.</param>
/// <param name="EstimatorSeed">The estimator seed (the data held fixed across estimator seeds).</param>
public sealed record CellPlan(DatasetPlan Dataset, ModelPlan Model, EstimatorPlan Estimator, int Seed, int EstimatorSeed = CellKey.DefaultEstimatorSeed)
{
    /// <summary>The cell's stable identity, e.g. <c>clicks/fake-clicks(0.1)/knn/knn-shapley/1</c> (<c>.../1/e2</c> for estimator seed 2).</summary>
    public CellKey Key => new(Dataset.Id, Dataset.CorruptionKey, Model.Id, Estimator.Id, Seed, EstimatorSeed);
}
