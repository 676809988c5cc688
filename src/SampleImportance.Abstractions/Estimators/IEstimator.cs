namespace SampleImportance.Abstractions;

/// <summary>
/// A sample-importance (data valuation) method. The host creates a fresh instance for every cell, so
/// implementations may keep per-run state; they need a public parameterless constructor.
/// </summary>
public interface IEstimator
{
    /// <summary>Stable id used in suites and on the command line, e.g. <c>knn-shapley</c>.</summary>
    string Id { get; }

    /// <summary>What the estimator needs and which parameters it takes.</summary>
    EstimatorDescriptor Describe();

    /// <summary>
    /// Returns one value per training row of <see cref="EstimationContext.Train"/>, higher meaning more
    /// valuable. Honour <paramref name="cancellationToken"/>: the host cancels it when the cell's time
    /// budget runs out or the user stops the run.
    /// </summary>
    /// <param name="context">Data, utility, model factory, compute backend, seed and budget.</param>
    /// <param name="cancellationToken">Cancelled on budget exhaustion or user stop.</param>
    Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken);
}
