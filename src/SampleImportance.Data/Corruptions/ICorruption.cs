using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary>Injects noise into training rows and records which rows it touched (the ground truth that
/// noisy-sample detection is scored against).</summary>
internal interface ICorruption
{
    /// <summary>The kind as written in suites, e.g. <c>label-flip</c>.</summary>
    string Kind { get; }

    /// <summary>Corrupts round(<paramref name="rate"/> × n) rows of <paramref name="train"/>.</summary>
    /// <exception cref="InputException">The rows cannot take this corruption (wrong labels, too few candidates).</exception>
    CorruptionOutcome Apply(SampleSet train, double rate, Random random, SourceLocation where);
}
