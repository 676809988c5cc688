using SampleImportance.Validation;

namespace SampleImportance.Suites;

/// <summary>The outcome of loading a suite: a plan when nothing is wrong, and every problem found.</summary>
/// <param name="Plan">The frozen plan; non-null exactly when there is no error (warnings allowed).</param>
/// <param name="Problems">Errors and warnings, ordered by line and column.</param>
public sealed record SuiteLoadResult(SuitePlan? Plan, IReadOnlyList<ValidationError> Problems)
{
    /// <summary>True when there is a plan: no problem has <see cref="ValidationSeverity.Error"/>.</summary>
    public bool Succeeded => Plan is not null && Problems.All(p => p.Severity != ValidationSeverity.Error);
}
