namespace SampleImportance.Abstractions;

/// <summary>
/// A sample-importance (data valuation) method. The host creates a fresh instance for every cell, so
/// implementations may keep per-run state; they need a public parameterless constructor.
/// </summary>
public interface IEstimator
{
    /// <summary>Id, what the estimator needs, the units it can value and the parameters it takes.</summary>
    EstimatorDescriptor Describe();

    /// <summary>
    /// Returns one value per unit of <see cref="EstimationContext.Units"/>, higher meaning more valuable. Honour
    /// <paramref name="cancellationToken"/>: the host cancels it when the cell's time budget runs out or the user stops the run.
    /// </summary>
    /// <param name="context">Data, units, utility, model factory, compute backend, seeds and budget.</param>
    /// <param name="cancellationToken">Cancelled on budget exhaustion or user stop.</param>
    Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken);
}
