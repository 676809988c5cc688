namespace SampleImportance.Conformance;

/// <summary>The outcome of running the kit over one estimator: the checks that ran and those that failed.</summary>
/// <param name="EstimatorId">The estimator's id.</param>
/// <param name="Checks">Every check that ran, in order.</param>
/// <param name="Failures">The failed checks, empty when the estimator conforms.</param>
public sealed record ConformanceReport(string EstimatorId, IReadOnlyList<string> Checks, IReadOnlyList<ConformanceFailure> Failures)
{
    /// <summary>True when no check failed.</summary>
    public bool Passed => Failures.Count == 0;

    /// <inheritdoc/>
    public override string ToString() => Passed
        ? $"{EstimatorId}: all {Checks.Count} checks passed ({string.Join(", ", Checks)})."
        : $"{EstimatorId}: {Failures.Count} of {Checks.Count} checks failed:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", Failures);
}
