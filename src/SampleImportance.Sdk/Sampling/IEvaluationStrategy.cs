namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// How one sampler's draws become an estimate (pyDVL <c>EvaluationStrategy</c> plus its result updater): draw, evaluate
/// the utility, weight the marginal contributions and fold them into running statistics. Created by
/// <see cref="Sampling.ISampler.CreateStrategy"/>; used by <see cref="MonteCarlo.SemivalueMonteCarlo"/> from one thread.
/// </summary>
public interface IEvaluationStrategy
{
    /// <summary>Completed steps (updates): permutations, player sweeps or reused subsets.</summary>
    long Updates { get; }

    /// <summary>Marginal contributions set to 0 by truncation instead of being evaluated.</summary>
    long TruncatedContributions { get; }

    /// <summary>
    /// Draws and evaluates one sample and folds it in, all or nothing: when the utility throws (budget spent,
    /// cancellation) nothing of the partial step is kept, and the exception propagates.
    /// </summary>
    /// <param name="cancellationToken">Checked between utility evaluations.</param>
    void Step(CancellationToken cancellationToken);

    /// <summary>Writes the current value and standard error of each player (NaN where not yet defined).</summary>
    /// <param name="values">One slot per player.</param>
    /// <param name="standardErrors">One slot per player.</param>
    void WriteEstimate(Span<double> values, Span<double> standardErrors);
}
