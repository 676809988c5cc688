namespace SampleImportance.Evaluation.Tasks;

/// <summary>What a task needs from a cell. The engine skips a task whose needs a cell cannot meet (it records no
/// metric rather than a meaningless one), and suite validation warns when no cell can meet them.</summary>
[Flags]
public enum TaskNeeds
{
    /// <summary>Nothing beyond the values.</summary>
    None = 0,

    /// <summary>The corruption's ground truth over training rows: the dataset must declare a corruption.</summary>
    NoiseMask = 1,

    /// <summary>The held-out test split.</summary>
    TestSplit = 2,

    /// <summary>Fresh models fitted on subsets of the training rows.</summary>
    Retraining = 4,

    /// <summary>The cell's estimator run again on the same data (other seeds, other budgets): <see cref="TaskInput.Reestimate"/>.</summary>
    Reestimation = 8,

    /// <summary>The game the estimator estimated, to evaluate on any subset: <see cref="TaskInput.Utility"/>.</summary>
    CellUtility = 16,
}
