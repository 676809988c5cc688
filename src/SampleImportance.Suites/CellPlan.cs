namespace SampleImportance.Suites;

/// <summary>One unit of work: a dataset, model, estimator and seed.</summary>
public sealed record CellPlan(DatasetPlan Dataset, ModelPlan Model, EstimatorPlan Estimator, int Seed)
{
    /// <summary>The cell's stable identity, e.g. <c>clicks/fake-clicks(0.1)/knn/knn-shapley/1</c>.</summary>
    public CellKey Key => new(Dataset.Id, Dataset.CorruptionKey, Model.Id, Estimator.Id, Seed);
}
