using SampleImportance.Abstractions;

namespace SampleImportance.Data.Corruptions;

/// <summary>The corrupted rows and the mask: true for each row the corruption changed.</summary>
/// <param name="Rows">The training rows after corruption.</param>
/// <param name="Mask">One flag per training row.</param>
public sealed record CorruptionOutcome(SampleSet Rows, IReadOnlyList<bool> Mask);
